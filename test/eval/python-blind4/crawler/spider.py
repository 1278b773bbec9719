"""Link checker crawler for the public docs (aiohttp)."""
import asyncio
import os
import ssl
from urllib.parse import urljoin

import aiohttp

START_URLS = ["https://docs.harbor.example/", "https://status.harbor.example/"]
STRICT = os.environ.get("CRAWL_STRICT", "1") == "1"


class Crawler:
    def __init__(self, concurrency=8, check_certs=True):
        self.sem = asyncio.Semaphore(concurrency)
        self.check_certs = check_certs
        self.seen = set()

    def _connector(self):
        return aiohttp.TCPConnector(limit=32, ssl=None if self.check_certs else False)

    async def fetch(self, session, url):
        async with self.sem:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=15)) as resp:
                return resp.status, await resp.text()

    async def run(self):
        async with aiohttp.ClientSession(connector=self._connector()) as session:
            results = await asyncio.gather(*(self.fetch(session, u) for u in START_URLS))
        return results


async def fetch_partner_sitemap(url):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=False) as resp:
            return await resp.text()


async def fetch_legacy_mirror(url):
    connector = aiohttp.TCPConnector(verify_ssl=False)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.get(url) as resp:
            return await resp.read()


async def fetch_with_ca(url):
    ctx = ssl.create_default_context(cafile="/etc/harbor/ca-bundle.pem")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl_context=ctx) as resp:
            return resp.status


async def fetch_pinned(url, digest):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=aiohttp.Fingerprint(digest)) as resp:
            return resp.status


async def fetch_old_pin(url, digest):
    async with aiohttp.ClientSession() as session:
        async with session.get(url, fingerprint=digest) as resp:
            return resp.status


def resolve(base, href):
    return urljoin(base, href)


if __name__ == "__main__":
    asyncio.run(Crawler(check_certs=STRICT).run())
