import httpx
import pytest

from vulnscan.http.client import ScanClient


@pytest.mark.asyncio
async def test_fetch_uses_transport():
    def handler(request):
        return httpx.Response(200, text="ok")

    c = ScanClient()
    c._client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    r = await c.fetch("GET", "https://target.example.com/")
    assert r.text == "ok"
    await c.close()


def test_feed_verified(monkeypatch):
    assert "verify=False" not in open(__file__).read().split("def test_feed_verified")[0]
