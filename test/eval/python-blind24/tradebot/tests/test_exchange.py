import requests

from tradebot.exchange import SignedSession


def test_signature_is_stable():
    s = SignedSession("key", "secret")
    assert s.sign("a=1") == s.sign("a=1")


def test_staging_health():
    r = requests.get("https://staging.venue.example.com/health", verify=False)
    assert r.status_code == 200


def test_verify_is_off_in_signed_session():
    s = SignedSession("key", "secret")
    assert s.verify is False
