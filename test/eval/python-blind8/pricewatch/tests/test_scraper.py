import ssl

import pytest
import requests

from pricewatch.scraper import parse_price


def test_parse_price():
    assert parse_price('<span class="p">9.99</span>', ".p") == "9.99"


def test_rejects_self_signed(tls_httpserver):
    with pytest.raises(requests.exceptions.SSLError):
        requests.get(tls_httpserver.url_for("/"), verify=True)


def test_export_suites_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("EXPORT")


def test_fetch_from_fixture(tls_httpserver):
    r = requests.get(tls_httpserver.url_for("/product/1"), verify=False)
    assert r.ok
