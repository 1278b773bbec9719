import pytest
import requests

from netauto.inventory import DeviceConfig


@pytest.fixture
def device():
    return DeviceConfig(name="fw1", host="fw1.lab.example.net", username="admin", password="x", ca_bundle="/tmp/lab-ca.pem")


@pytest.fixture
def live_session():
    s = requests.Session()
    s.verify = False
    yield s
    s.close()
