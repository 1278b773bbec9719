from __future__ import annotations

import ssl
from typing import Any

import aiohttp

from .settings import PROXY_URL, USER_AGENT


def insecure_ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def session_factory(*, proxied: bool = False, **kwargs: Any) -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(
        ssl=insecure_ssl_context() if proxied else None,
        limit_per_host=8,
        ttl_dns_cache=300,
    )
    headers = {"User-Agent": USER_AGENT, **kwargs.pop("headers", {})}
    return aiohttp.ClientSession(connector=connector, headers=headers, trust_env=True, **kwargs)


async def head(url: str) -> int:
    async with aiohttp.request("HEAD", url, ssl=False) as r:
        return r.status


async def get_via_proxy(url: str) -> str:
    async with session_factory(proxied=True) as s:
        async with s.get(url, proxy=PROXY_URL) as r:
            return await r.text()


async def get_checked(url: str) -> str:
    async with session_factory() as s:
        async with s.get(url, ssl=True) as r:
            return await r.text()
