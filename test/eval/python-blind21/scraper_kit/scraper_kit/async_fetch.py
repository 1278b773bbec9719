import asyncio
import ssl
from urllib.parse import urlparse

import aiohttp

SSL_CTX = ssl.create_default_context(cafile="/etc/ssl/certs/corp-ca.pem")
LEGACY_HOSTS = frozenset({"legacy.partner.example.net"})


async def fetch_all(urls):
    connector = aiohttp.TCPConnector(limit=20, ssl=SSL_CTX)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(fetch_one(session, u) for u in urls))


async def fetch_one(session, url):
    ssl_opt = False if urlparse(url).hostname in LEGACY_HOSTS else SSL_CTX
    async with session.get(url, ssl=ssl_opt) as resp:
        return await resp.text()


async def fetch_legacy(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(verify_ssl=False)) as session:
        async with session.get(url) as resp:
            return await resp.read()


async def fetch_pinned(session, url):
    pin = aiohttp.Fingerprint(bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
    async with session.get(url, ssl=pin) as resp:
        return await resp.read()
