import pytest
import requests


@pytest.fixture
def staging_manifest():
    return requests.get("https://staging.edi.freight-carrier.example/manifests/TEST", verify=False).json()


@pytest.fixture
def local_portal():
    return requests.get("https://localhost:8443/portal", verify=False)
