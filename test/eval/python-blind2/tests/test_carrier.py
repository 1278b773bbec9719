from unittest import mock

import requests

from harbor.http import carrier_api


def test_fetch_label_uses_ca(monkeypatch):
    calls = {}

    def fake_get(url, **kw):
        calls.update(kw)
        return mock.Mock(content=b"PDF", raise_for_status=lambda: None)

    monkeypatch.setattr(requests, "get", fake_get)
    assert carrier_api.fetch_label("https://labels.example.com/1", verify="/etc/harbor/ca.pem") == b"PDF"
    assert calls["verify"] == "/etc/harbor/ca.pem"


def test_sandbox_against_stub():
    r = requests.get("https://127.0.0.1:8443/track", verify=False, timeout=2)
    assert r.status_code == 200


def test_docstring_example():
    """Example from the README: requests.get(url, verify=False) -- do not do this."""
    assert True
