import ssl

import aiohttp

CARRIER_FP = bytes.fromhex("9f" * 32)
connector_kwargs = {"limit": 20, "ssl": False}
strict_ctx = ssl.create_default_context(cafile="/etc/ssl/carrier-ca.pem")


async def crawl(urls):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(**connector_kwargs)) as session:
        for url in urls:
            async with session.get(url) as r:
                yield await r.text()


async def crawl_strict(urls):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=strict_ctx, limit=20)) as session:
        for url in urls:
            async with session.get(url) as r:
                yield await r.text()


async def fetch_pinned(url: str) -> bytes:
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(CARRIER_FP)) as r:
            return await r.read()


async def fetch_legacy(url: str) -> bytes:
    async with aiohttp.ClientSession() as session:
        async with session.get(url, verify_ssl=False) as r:
            return await r.read()


async def fetch_local(port: int) -> str:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"https://localhost:{port}/ready", ssl=False) as r:
            return await r.text()
