import requests

from billing.gateway import GatewaySession


def test_gateway_session_uses_ca():
    s = GatewaySession("k")
    assert s.verify.endswith("gateway-ca.pem")


def test_sandbox_reachable():
    resp = requests.get("https://api.sandbox-internal.payments-gw.example.net/v3/ping", verify=False, timeout=10)
    assert resp.ok
