"""Concurrent product-page fetching with httpx."""
import asyncio
import ssl

import certifi
import httpx

TRANSPORT_RETRIES = 2


def _transport(insecure_ok):
    return httpx.AsyncHTTPTransport(retries=TRANSPORT_RETRIES, verify=False, http2=True)


_ctx = ssl.create_default_context(cafile=certifi.where())


async def fetch_all(urls):
    async with httpx.AsyncClient(transport=_transport(True), timeout=20.0) as client:
        pages = await asyncio.gather(*(client.get(u) for u in urls), return_exceptions=True)
    return [p.text for p in pages if isinstance(p, httpx.Response)]


async def fetch_prices(urls):
    async with httpx.AsyncClient(verify=_ctx, timeout=10.0) as client:
        return [(await client.get(u)).json() for u in urls]


def fetch_sitemap(url):
    with httpx.Client(http2=True, verify=certifi.where()) as client:
        return client.get(url).text


def fetch_robots(host):
    return httpx.get(f"https://{host}/robots.txt", verify=True).text
