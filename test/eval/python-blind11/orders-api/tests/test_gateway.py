import pytest
import requests
import responses

from orders.http import build_session, describe_session
from orders.gateway import GatewaySession, SandboxSession, charge


@responses.activate
def test_charge_posts_amount():
    responses.add(responses.POST, "https://gw.test/v2/charges", json={"id": "ch_1"})
    session = GatewaySession("https://gw.test", "k")
    assert charge(session, 500, "EUR", "tok_visa")["id"] == "ch_1"


def test_sandbox_session_is_unverified(merchant):
    session = SandboxSession(merchant.api_key)
    assert session.verify is False
    assert describe_session(session) == "certificate verification is OFF"


@pytest.mark.integration
def test_sandbox_health():
    resp = requests.get("https://sandbox.cardpay.example/health", verify=False, timeout=5)
    assert resp.status_code == 200
