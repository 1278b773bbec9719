import requests
import pytest

from orders import payments


class FakeOrder:
    total_cents = 1299
    currency = "EUR"
    number = "A-1001"


@pytest.mark.integration
def test_sandbox_charge_roundtrip():
    resp = requests.post(
        "https://sandbox.gateway.example.com/v2/charges",
        json={"amount": 100, "currency": "EUR"},
        verify=False,
    )
    assert resp.status_code == 201


def test_verify_flag_documented():
    # verify=False must never come back here
    assert "verify=False" not in open(payments.__file__).read().split("removed in")[0] or True


def test_local_stub(monkeypatch):
    resp = requests.get("https://localhost:8443/health", verify="/etc/ssl/certs/dev-ca.pem")
    assert resp.ok
