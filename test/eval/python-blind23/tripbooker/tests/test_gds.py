import aiohttp
import pytest


@pytest.mark.asyncio
async def test_local_stub_fares():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://localhost:8443/fares/search", ssl=False) as resp:
            assert resp.status == 200


def test_feeds_are_https():
    from tripbooker.gds import LCC_FEEDS

    assert all(url.startswith("https://") for url in LCC_FEEDS.values())
