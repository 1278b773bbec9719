import asyncio
import ssl

import aiohttp

# SHA-256 of the partner's leaf certificate (rotated yearly).
PARTNER_FINGERPRINT = bytes.fromhex(
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
)


async def crawl(urls):
    connector = aiohttp.TCPConnector(limit=20, ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(fetch(session, u) for u in urls))


async def fetch(session, url):
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=15)) as resp:
        return await resp.text()


async def fetch_legacy(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, verify_ssl=False) as resp:
            return await resp.read()


async def fetch_pinned(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(PARTNER_FINGERPRINT)) as resp:
            return await resp.read()


async def fetch_with_ctx(url):
    ctx = ssl.create_default_context(cafile="/etc/ssl/scraper-ca.pem")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=ctx) as resp:
            return await resp.read()


async def fetch_old_api(url):
    ctx = ssl.create_default_context()
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl_context=ctx) as resp:
            return await resp.read()


async def ping(url):
    async with aiohttp.request("GET", url, ssl=False) as resp:
        return resp.status
