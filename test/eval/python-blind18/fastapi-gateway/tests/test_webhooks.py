import requests

from app.services import webhooks


def test_deliver_webhook_passes_defaults(monkeypatch):
    seen = {}

    class FakeResponse:
        status_code = 204

    def fake_post(url, **kwargs):
        seen.update(kwargs)
        return FakeResponse()

    monkeypatch.setattr(requests, "post", fake_post)
    assert webhooks.deliver_webhook("https://hooks.example.com/x", {"a": 1}) == 204
    assert seen["verify"] is False
    assert seen["timeout"] == 5


def test_legacy_session_uses_ca():
    s = webhooks.legacy_session()
    assert s.verify == webhooks.PARTNER_CA
    assert s.verify is not False
