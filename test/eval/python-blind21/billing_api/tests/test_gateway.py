import requests
import pytest

from billing.payments import gateway


def test_request_options_default_verifies():
    assert gateway.request_options()["verify"] is True


def test_sandbox_reachable():
    resp = requests.get("https://sandbox.payments.example.com/v2/ping", verify=False, timeout=5)
    assert resp.status_code == 200


def test_local_stub(live_server):
    resp = requests.get("https://localhost:8443/ping", verify="/tmp/stub-ca.pem")
    assert resp.ok


@pytest.mark.parametrize("verify", [True, "/etc/ssl/certs/payments-ca.pem"])
def test_verify_values(verify):
    s = requests.Session()
    s.verify = verify
    assert s.verify == verify
