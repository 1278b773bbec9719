import asyncio
import logging
import ssl
from typing import Iterable

import aiohttp

log = logging.getLogger(__name__)

PARTNER_FINGERPRINT = bytes.fromhex(
    "a5c6e1c3f0f8f1b2e0d4c7a9b3e2f1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4"
)


class Fetcher:
    def __init__(self, concurrency: int = 10, insecure: bool = False) -> None:
        self.sem = asyncio.Semaphore(concurrency)
        self.insecure = insecure
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> "Fetcher":
        connector = aiohttp.TCPConnector(limit=50, ssl=False)
        self._session = aiohttp.ClientSession(connector=connector, raise_for_status=True)
        return self

    async def __aexit__(self, *exc) -> None:
        assert self._session is not None
        await self._session.close()

    async def fetch(self, url: str) -> str:
        assert self._session is not None
        async with self.sem:
            async with self._session.get(url, timeout=aiohttp.ClientTimeout(total=20)) as r:
                return await r.text()


async def fetch_partner(url: str) -> bytes:
    fp = aiohttp.Fingerprint(PARTNER_FINGERPRINT)
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=fp) as resp:
            return await resp.read()


async def fetch_legacy(url: str) -> dict:
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp:
            return await resp.json()


async def post_metrics(url: str, payload: dict) -> None:
    ctx = ssl.create_default_context(cafile="/etc/metrics/ca.pem")
    async with aiohttp.ClientSession() as session:
        await session.post(url, json=payload, ssl=ctx)


async def old_style(url: str) -> int:
    conn = aiohttp.TCPConnector(verify_ssl=False)
    async with aiohttp.ClientSession(connector=conn) as s:
        async with s.head(url) as r:
            return r.status


async def crawl(urls: Iterable[str]) -> list[str]:
    async with Fetcher(concurrency=5) as f:
        return await asyncio.gather(*(f.fetch(u) for u in urls))


if __name__ == "__main__":
    pages = asyncio.run(crawl(["https://example.com", "https://example.org"]))
    log.info("fetched %d pages", len(pages))
