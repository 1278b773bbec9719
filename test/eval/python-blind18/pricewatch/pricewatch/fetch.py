import asyncio
import ssl

import aiohttp

SSL_CTX = ssl.create_default_context(cafile="/etc/ssl/certs/ca-certificates.crt")
SHOP_PIN = bytes.fromhex("5f" * 32)


async def fetch_all(urls):
    connector = aiohttp.TCPConnector(ssl=False, limit=20)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(fetch_one(session, u) for u in urls))


async def fetch_one(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url, ssl=SSL_CTX) as resp:
        return await resp.text()


async def fetch_pinned(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url, ssl=aiohttp.Fingerprint(SHOP_PIN)) as resp:
        return await resp.text()


async def fetch_legacy(url: str) -> str:
    async with aiohttp.ClientSession() as s:
        async with s.get(url, verify_ssl=False) as resp:
            return await resp.text()


async def fetch_sidecar() -> dict:
    async with aiohttp.ClientSession() as s:
        async with s.get("https://127.0.0.1:8443/prices", ssl=SSL_CTX) as resp:
            return await resp.json()
