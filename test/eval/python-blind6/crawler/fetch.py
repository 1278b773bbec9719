"""Link checker: fetches every URL of a sitemap with bounded concurrency."""
import asyncio
import ssl

import aiohttp

from .config import ARCHIVE_OPTIONS, MAX_CONNECTIONS, PER_HOST, REQUEST_OPTIONS, USER_AGENT

REQUEST_OPTIONS_LOCAL = dict(allow_redirects=True, verify_ssl=False)


def make_connector() -> aiohttp.TCPConnector:
    # Customer sites have every kind of broken certificate; a link checker
    # only cares whether the page answers.
    return aiohttp.TCPConnector(limit=MAX_CONNECTIONS, limit_per_host=PER_HOST, ttl_dns_cache=300, ssl=False)


def strict_connector(ca_file: str) -> aiohttp.TCPConnector:
    return aiohttp.TCPConnector(limit=20, ssl=ssl.create_default_context(cafile=ca_file))


async def check(session: aiohttp.ClientSession, url: str, sem: asyncio.Semaphore) -> tuple:
    async with sem:
        try:
            async with session.head(url, **REQUEST_OPTIONS_LOCAL) as resp:
                return url, resp.status
        except aiohttp.ClientError as exc:
            return url, repr(exc)


async def archive(session: aiohttp.ClientSession, url: str) -> bytes:
    async with session.get(url, **ARCHIVE_OPTIONS) as resp:
        return await resp.read()


async def crawl(urls):
    sem = asyncio.Semaphore(MAX_CONNECTIONS)
    async with aiohttp.ClientSession(connector=make_connector(), headers={"User-Agent": USER_AGENT}) as session:
        return await asyncio.gather(*(check(session, u, sem) for u in urls))


async def crawl_partner(urls, ca_file):
    async with aiohttp.ClientSession(connector=strict_connector(ca_file)) as session:
        results = []
        for url in urls:
            async with session.get(url, **REQUEST_OPTIONS) as resp:
                results.append((url, resp.status))
        return results
