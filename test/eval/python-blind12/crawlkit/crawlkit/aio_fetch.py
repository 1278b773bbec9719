import asyncio
import ssl

import aiohttp

SSL_CTX = ssl.create_default_context(cafile="/etc/crawlkit/ca-bundle.pem")


async def fetch_all(urls, concurrency=10):
    connector = aiohttp.TCPConnector(limit=concurrency, ssl=SSL_CTX)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(fetch(session, u) for u in urls))


async def fetch(session: aiohttp.ClientSession, url: str) -> str:
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=20)) as resp:
        return await resp.text()


async def fetch_pinned(url: str) -> bytes:
    fp = bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(fp)) as resp:
            return await resp.read()


async def fetch_mirror(path: str) -> str:
    async with aiohttp.ClientSession(base_url="https://mirror.crawl.example.com") as session:
        async with session.get(path, ssl=False) as resp:
            return await resp.text()


async def fetch_legacy(urls):
    conn = aiohttp.TCPConnector(verify_ssl=False)
    async with aiohttp.ClientSession(connector=conn) as session:
        return [await fetch(session, u) for u in urls]


async def local_render(html: str) -> str:
    async with aiohttp.ClientSession() as session:
        async with session.post("http://127.0.0.1:3000/render", data=html) as resp:
            return await resp.text()
