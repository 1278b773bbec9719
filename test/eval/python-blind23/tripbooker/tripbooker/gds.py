"""Fare search against the GDS and the low-cost carriers' APIs."""
import ssl

import aiohttp

GDS = "https://api.gds-provider.example.com/v4"
LCC_FEEDS = {
    "skyhop": "https://fares.skyhop.example.com/search",
    "budgetair": "https://api.budgetair.example.net/fares",
}
PARTNER_CTX = ssl.create_default_context(cafile="/etc/ssl/certs/gds-partner-ca.pem")
PINNED = aiohttp.Fingerprint(bytes.fromhex("5f" * 32))


def gds_session(token: str) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=40, ssl=PARTNER_CTX)
    return aiohttp.ClientSession(connector=connector, headers={"Authorization": f"Bearer {token}"})


def lcc_session() -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=20, ssl=False)
    return aiohttp.ClientSession(connector=connector)


async def search_gds(token: str, query: dict) -> dict:
    async with gds_session(token) as session:
        async with session.post(f"{GDS}/fares/search", json=query) as resp:
            return await resp.json()


async def search_lcc(name: str, query: dict) -> list:
    async with aiohttp.ClientSession() as session:
        async with session.get(LCC_FEEDS[name], params=query, ssl=False) as resp:
            return await resp.json()


async def seat_map(flight: str) -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{GDS}/seatmaps/{flight}", ssl_context=PARTNER_CTX) as resp:
            return await resp.json()


async def pinned_availability(flight: str) -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{GDS}/availability/{flight}", ssl=PINNED) as resp:
            return await resp.json()
