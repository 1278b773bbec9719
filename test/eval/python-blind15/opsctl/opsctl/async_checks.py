"""Fan-out health checks with httpx and aiohttp."""
import asyncio
import ssl

import aiohttp
import httpx

CORP_CA = "/etc/ssl/certs/corp-root.pem"
LB_FINGERPRINT = bytes.fromhex("5c7a1b2f0e3d4c5b6a79880716253443a1b2c3d4e5f60718293a4b5c6d7e8f90")


def httpx_client():
    return httpx.Client(verify=ssl.create_default_context(cafile=CORP_CA), timeout=10)


def httpx_lab_client():
    return httpx.Client(verify=False, timeout=10)


def local_metrics(port):
    return httpx.get(f"https://127.0.0.1:{port}/metrics", verify=False)


async def check_all(urls):
    connector = aiohttp.TCPConnector(ssl=False, limit=50)
    async with aiohttp.ClientSession(connector=connector) as session:
        return await asyncio.gather(*(_status(session, u) for u in urls))


async def _status(session, url):
    async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
        return url, resp.status


async def check_lb(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(LB_FINGERPRINT)) as resp:
            return resp.status


async def check_verified(url):
    ctx = ssl.create_default_context(cafile=CORP_CA)
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=ctx) as resp:
            return resp.status


async def check_legacy_api(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, verify_ssl=False) as resp:
            return await resp.json()


async def check_old_style(url):
    ctx = ssl.create_default_context(cafile=CORP_CA)
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl_context=ctx) as resp:
            return resp.status


async def check_async_httpx(urls):
    async with httpx.AsyncClient(verify=CORP_CA) as client:
        return [(await client.get(u)).status_code for u in urls]
