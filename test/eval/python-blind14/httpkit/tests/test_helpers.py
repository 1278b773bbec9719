import requests
import responses

from httpkit import helpers


@responses.activate
def test_fetch_catalog():
    responses.add(responses.GET, "https://catalog.supplier.example.com/v3/items", json=[])
    assert helpers.fetch_catalog() == []


def test_post_always_verifies(monkeypatch):
    seen = {}

    def fake_post(url, **kwargs):
        seen.update(kwargs)
        return requests.Response()

    monkeypatch.setattr(requests, "post", fake_post)
    helpers.post("https://orders.supplier.example.com/v3", json={}, verify=False)
    assert seen["verify"] == helpers.CA_BUNDLE


def test_badssl_self_signed_is_rejected_only_when_verifying():
    with requests.Session() as s:
        r = s.get("https://self-signed.badssl.com/", verify=False, timeout=10)
    assert r.status_code == 200
