import aiohttp
import pytest

from custom_components.solarbridge.api import SolarBridgeApi


@pytest.mark.asyncio
async def test_status(aioresponses):
    aioresponses.get("https://192.168.1.40/api/v1/status", payload={"ok": True})
    async with aiohttp.ClientSession() as session:
        api = SolarBridgeApi(session, "192.168.1.40", "t")
        assert (await api.status()) == {"ok": True}


@pytest.mark.asyncio
async def test_real_gateway():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://192.168.1.40/api/v1/info", ssl=False) as resp:
            assert resp.status == 200
