import ssl

import aiohttp

from .tlsctx import UPSTREAM_CA

PINNED = bytes.fromhex("9f2c4f2b1d0a6c1e5a7b3e8d0c4f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b")


async def check_upstreams(urls):
    ctx = ssl.create_default_context(cafile=UPSTREAM_CA)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as session:
        results = {}
        for url in urls:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:
                results[url] = resp.status
        return results


async def check_gateways(urls):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False, limit=20)) as session:
        return [await (await session.get(u)).text() for u in urls]


async def check_self():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://127.0.0.1:8443/healthz", ssl=False) as resp:
            return resp.status == 200


async def check_pinned(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(PINNED)) as resp:
            return resp.status


async def check_vendor(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl_context=ssl.create_default_context(cafile=UPSTREAM_CA))) as session:
        async with session.get(url) as resp:
            return resp.status
