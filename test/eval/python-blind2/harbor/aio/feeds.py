"""Async feed collectors (aiohttp)."""
import asyncio
import ssl

import aiohttp

FEEDS = ["https://feeds.portauthority.example.org/arrivals", "https://feeds.customs.example.org/holds"]
PIN = bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")


class FeedCollector:
    def __init__(self, insecure=True):
        self._connector_ssl = False if insecure else None
        self.timeout = aiohttp.ClientTimeout(total=30)

    async def run(self):
        conn = aiohttp.TCPConnector(ssl=self._connector_ssl, limit=10)
        async with aiohttp.ClientSession(connector=conn, timeout=self.timeout) as session:
            return await asyncio.gather(*(self._one(session, u) for u in FEEDS))

    async def _one(self, session, url):
        async with session.get(url) as resp:
            return await resp.json()


async def customs_holds(session: aiohttp.ClientSession):
    async with session.get(FEEDS[1], verify_ssl=False) as resp:
        return await resp.text()


async def pinned(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(PIN)) as resp:
            return resp.status


async def with_old_context(url):
    ctx = ssl.create_default_context()
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl_context=ctx) as resp:
            return resp.status


async def with_old_fingerprint(url):
    async with aiohttp.ClientSession() as session:
        async with session.post(url, fingerprint=PIN, data=b"{}") as resp:
            return resp.status


async def one_shot(url):
    async with aiohttp.request("GET", url, ssl=True) as resp:
        return await resp.read()
