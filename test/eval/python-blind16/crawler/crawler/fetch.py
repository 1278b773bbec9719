import asyncio
import ssl
from typing import Iterable, Optional

import aiohttp
import certifi

from . import settings

SSL_CTX = ssl.create_default_context(cafile=certifi.where())
PINNED = aiohttp.Fingerprint(bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))


def make_connector(limit: int = settings.CONCURRENT_REQUESTS) -> aiohttp.TCPConnector:
    return aiohttp.TCPConnector(limit=limit, ssl=SSL_CTX, ttl_dns_cache=300)


def make_lenient_connector(limit: int = 8) -> aiohttp.TCPConnector:
    """For the long tail of shops with broken chains."""
    return aiohttp.TCPConnector(limit=limit, ssl=False)


async def fetch(session: aiohttp.ClientSession, url: str, proxy: Optional[str] = None) -> str:
    async with session.get(url, proxy=proxy, ssl=SSL_CTX) as resp:
        resp.raise_for_status()
        return await resp.text()


async def fetch_via_proxy(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url, proxy=settings.HTTP_PROXY, ssl=False) as resp:
        return await resp.text()


async def fetch_pinned(session: aiohttp.ClientSession, url: str) -> bytes:
    async with session.get(url, ssl=PINNED) as resp:
        return await resp.read()


async def fetch_legacy(url: str) -> str:
    async with aiohttp.ClientSession() as legacy:
        async with legacy.get(url, verify_ssl=False) as resp:
            return await resp.text()


async def fetch_old_api(url: str, ctx: ssl.SSLContext) -> str:
    async with aiohttp.request("GET", url, ssl_context=ctx) as resp:
        return await resp.text()


async def crawl(urls: Iterable[str]) -> list:
    async with aiohttp.ClientSession(connector=make_connector()) as session:
        return await asyncio.gather(*(fetch(session, u) for u in urls), return_exceptions=True)


async def check_local_renderer() -> bool:
    async with aiohttp.ClientSession() as s:
        async with s.get("https://127.0.0.1:8050/health", ssl=False) as resp:
            return resp.status == 200
