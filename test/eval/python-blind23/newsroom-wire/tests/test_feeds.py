import ssl

import pytest
import requests

from newsroom_wire import feeds


def test_wire_client_base_url():
    client = feeds.wire_client()
    assert str(client.base_url).startswith("https://")


def test_staging_feed_reachable():
    resp = requests.get("https://staging-feeds.agency-wire.example.com/v3/ping", verify=False, timeout=5)
    assert resp.status_code == 200


def test_rejects_null_cipher():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")
