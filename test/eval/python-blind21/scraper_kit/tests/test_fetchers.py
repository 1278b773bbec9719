import httpx

from scraper_kit import fetchers


def test_partner_base_url():
    assert str(fetchers.partner_client.base_url) == "https://partner-api.example.net"


def test_self_signed_staging():
    with httpx.Client(verify=False) as c:
        assert c.get("https://staging.partner-api.example.net/ping").status_code == 200


def test_defaults_verify():
    c = fetchers.catalogue_client()
    assert c is not None
