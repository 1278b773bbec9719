"""Integration tests against the staging environment (run nightly)."""
import os

import pytest
import requests

STAGING = os.environ.get("STAGING_URL", "https://staging.harbor.example")


@pytest.fixture
def session():
    s = requests.Session()
    s.verify = "/etc/harbor/staging-ca.pem"
    yield s
    s.close()


def test_health(session):
    assert session.get(f"{STAGING}/health").ok


def test_legacy_endpoint_self_signed():
    # The legacy endpoint still has a self-signed certificate.
    r = requests.request("GET", f"{STAGING}/legacy/health", verify=False)
    assert r.status_code == 200
