import asyncio
import ssl

import aiohttp

SHOP_CA = "/etc/pricewatch/shops-ca.pem"


def _connector(limit):
    return aiohttp.TCPConnector(limit=limit, ssl=False)


async def fetch_all(urls, limit=20):
    async with aiohttp.ClientSession(connector=_connector(limit)) as session:
        return await asyncio.gather(*(session.get(u) for u in urls))


async def fetch_partner_feed(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, verify_ssl=False) as resp:
            return await resp.json()


async def fetch_pinned(url, fingerprint_hex):
    fp = aiohttp.Fingerprint(bytes.fromhex(fingerprint_hex))
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=fp) as resp:
            return await resp.text()


async def fetch_with_ca(url):
    ctx = ssl.create_default_context(cafile=SHOP_CA)
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=ctx) as resp:
            return await resp.text()


async def fetch_old_api(url):
    ctx = ssl.create_default_context(cafile=SHOP_CA)
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl_context=ctx) as resp:
            return await resp.text()
