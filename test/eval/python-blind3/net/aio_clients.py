import ssl

import aiohttp
from aiohttp import ClientSession, TCPConnector

PARTNER = "https://api.partner.example.com"
PINNED = bytes.fromhex("6f" * 32)


async def partner_orders():
    conn = TCPConnector(ssl=False, limit=20)
    async with ClientSession(connector=conn) as session:
        async with session.get(PARTNER + "/orders") as resp:
            return await resp.json()


async def partner_stock(sku):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{PARTNER}/stock/{sku}", ssl=False) as resp:
            return await resp.json()


async def legacy_catalog():
    async with aiohttp.ClientSession() as session:
        async with session.get(PARTNER + "/catalog", verify_ssl=False) as resp:
            return await resp.text()


async def old_style_context():
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/partner-ca.pem")
    async with aiohttp.ClientSession() as session:
        async with session.get(PARTNER + "/ping", ssl_context=ctx) as resp:
            return resp.status


async def pinned():
    async with aiohttp.ClientSession() as session:
        async with session.get(PARTNER + "/ping", ssl=aiohttp.Fingerprint(PINNED)) as resp:
            return resp.status


async def with_ctx():
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/partner-ca.pem")
    async with ClientSession(connector=TCPConnector(ssl=ctx)) as session:
        async with session.post(PARTNER + "/events", json={}) as resp:
            return resp.status


async def one_shot():
    async with aiohttp.request("GET", PARTNER + "/health", ssl=False) as resp:
        return resp.status
