import asyncio
import ssl

import aiohttp

from .sources import SOURCES


async def poll_one(session, name):
    src = SOURCES[name]
    async with session.get(src["url"] + "/quotes", ssl=src["verify"]) as resp:
        return await resp.json()


async def poll_all():
    connector = aiohttp.TCPConnector(limit=20, ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(poll_one(session, n) for n in SOURCES))


async def poll_pinned(url):
    ctx = ssl.create_default_context(cafile="/etc/ssl/feeds-ca.pem")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=ctx) as resp:
            return await resp.text()


async def poll_local(port):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"https://127.0.0.1:{port}/metrics", ssl=False) as resp:
            return await resp.text()


async def poll_legacy(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, verify_ssl=False) as resp:
            return await resp.text()


async def poll_fingerprint(url, digest):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(digest)) as resp:
            return await resp.read()
