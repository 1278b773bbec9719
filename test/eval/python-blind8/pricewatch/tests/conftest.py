import pytest


@pytest.fixture(autouse=True)
def _no_keylog(monkeypatch):
    monkeypatch.delenv("SSLKEYLOGFILE", raising=False)


@pytest.fixture
def shop_url():
    return "https://shop.test.example/product/1"
