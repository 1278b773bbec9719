"""Outbound HTTP: webhooks and the pricing API."""
import ssl

import aiohttp

PRICING_FINGERPRINT = bytes.fromhex(
    "3b2c1a9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3"
)

_webhook_ctx = ssl.create_default_context(cafile="/etc/streamsvc/partners-ca.pem")


def make_session() -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(limit=100, ssl=False, ttl_dns_cache=300)
    return aiohttp.ClientSession(connector=connector, raise_for_status=True)


async def post_webhook(session: aiohttp.ClientSession, url: str, payload: dict):
    async with session.post(url, json=payload, ssl=_webhook_ctx) as resp:
        return resp.status


async def get_price(session: aiohttp.ClientSession, symbol: str):
    async with session.get(
        f"https://pricing.markets.example.com/v1/{symbol}",
        ssl=aiohttp.Fingerprint(PRICING_FINGERPRINT),
    ) as resp:
        return await resp.json()


async def get_legacy_quotes(session: aiohttp.ClientSession):
    async with session.get("https://quotes-legacy.markets.example.com/all", verify_ssl=False) as resp:
        return await resp.json()


async def get_reference_data(session: aiohttp.ClientSession):
    async with session.get("https://refdata.markets.example.com/v2/instruments", ssl_context=_webhook_ctx) as resp:
        return await resp.json()
