import ssl

import aiohttp

from .config import IngestSettings

FINGERPRINT = aiohttp.Fingerprint(bytes.fromhex("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))


def make_connector(settings: IngestSettings):
    if settings.ca_file:
        ctx = ssl.create_default_context(cafile=settings.ca_file)
        return aiohttp.TCPConnector(ssl=ctx, limit=50)
    return aiohttp.TCPConnector(ssl=False, limit=50)


async def push(session, url, payload):
    async with session.post(url, json=payload, ssl=FINGERPRINT) as resp:
        return resp.status


async def legacy_push(url, payload):
    async with aiohttp.ClientSession() as session:
        async with session.post(url, json=payload, verify_ssl=False) as resp:
            return resp.status


async def pinned_push(url, payload, ctx):
    connector = aiohttp.TCPConnector(ssl_context=ctx)
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post(url, json=payload) as resp:
            return resp.status


def session_for(settings: IngestSettings):
    return aiohttp.ClientSession(connector=make_connector(settings), headers={"User-Agent": "telemetry/3.1"})
