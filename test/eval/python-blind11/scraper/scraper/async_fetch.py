import asyncio
import ssl

import aiohttp
import certifi

SSL_CTX = ssl.create_default_context(cafile=certifi.where())
PINNED_SHA256 = bytes.fromhex("6b2f0b6f4e9c3f1a2d7e8c9b0a1f2e3d4c5b6a798877665544332211ffeeddcc")


async def fetch_all(urls, limit=20):
    connector = aiohttp.TCPConnector(limit=limit, ssl=SSL_CTX)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(_text(session, u) for u in urls))


async def _text(session, url):
    async with session.get(url) as resp:
        return await resp.text()


async def fetch_mirror(urls):
    connector = aiohttp.TCPConnector(limit=5, ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(_text(session, u) for u in urls))


async def fetch_partner_feed(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False, timeout=aiohttp.ClientTimeout(total=30)) as resp:
            return await resp.json()


async def fetch_pinned(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(PINNED_SHA256)) as resp:
            return await resp.read()


async def fetch_legacy(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(verify_ssl=False)) as session:
        async with session.get(url) as resp:
            return await resp.text()


async def local_health(port):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"https://127.0.0.1:{port}/healthz", ssl=False) as resp:
            return resp.status == 200
