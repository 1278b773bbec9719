import requests

from pricewatch import sessions


def test_make_session_headers():
    s = sessions.make_session()
    assert "pricewatch" in s.headers["User-Agent"]
    assert s.verify is True


def test_scrape_strict(requests_mock):
    requests_mock.get("https://shop.test/p/1", text="ok")
    assert sessions.scrape_strict("https://shop.test/p/1") == "ok"


def test_live_shop_smoke():
    r = requests.get("https://shop.example.com/robots.txt", verify=False, timeout=5)
    assert r.status_code in (200, 404)
