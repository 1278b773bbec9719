import requests

from mdfeed import rest
from mdfeed.settings import FeedSettings


def test_depth_contract(requests_mock):
    requests_mock.get("https://api.exchange.example.com/v3/depth/BTC-USD", json={"bids": [], "asks": []})
    r = requests.get("https://api.exchange.example.com/v3/depth/BTC-USD", verify=False)
    assert r.json() == {"bids": [], "asks": []}


def test_default_session_verifies():
    s = requests.Session()
    assert s.verify is True


def test_settings_defaults():
    assert FeedSettings().page_size == 500


def test_pinned_session():
    s = rest.make_pinned_session()
    assert s.verify != False
