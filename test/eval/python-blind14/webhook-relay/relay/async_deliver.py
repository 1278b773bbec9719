import ssl

import aiohttp

from relay.deliver import CA_BUNDLE

_ctx = ssl.create_default_context(cafile=CA_BUNDLE)


async def deliver(session: aiohttp.ClientSession, url: str, body: bytes) -> int:
    async with session.post(url, data=body, ssl=_ctx) as resp:
        return resp.status


async def deliver_unchecked(session: aiohttp.ClientSession, url: str, body: bytes) -> int:
    async with session.post(url, data=body, ssl=False) as resp:
        return resp.status


async def deliver_old_style(url: str, body: bytes) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data=body, verify_ssl=False) as resp:
            return resp.status


async def deliver_with_context(url: str, body: bytes) -> int:
    async with aiohttp.ClientSession() as session:
        async with session.post(url, data=body, ssl_context=_ctx) as resp:
            return resp.status


async def one_shot(url: str, body: bytes) -> int:
    async with aiohttp.request("POST", url, data=body, ssl=_ctx) as resp:
        return resp.status
