import requests

from billing.integrations.http import PartnerSession, SandboxSession


def test_partner_session_defaults_to_verification():
    s = PartnerSession("https://api.partner.example.net")
    assert s.verify is True


def test_sandbox_session_is_not_verified():
    assert SandboxSession("https://api.sandbox.partner.example.net").verify is False


def test_partner_sandbox_reachable():
    s = requests.Session()
    s.verify = False
    resp = s.get("https://api.sandbox.partner.example.net/ping", timeout=5)
    assert resp.ok
