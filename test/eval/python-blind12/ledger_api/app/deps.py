import ssl
from typing import AsyncIterator

import httpx
from fastapi import Depends

from .config import Settings, get_settings


def build_http_client(settings: Settings, **overrides) -> httpx.AsyncClient:
    kwargs = {"timeout": 10.0, "verify": settings.http_verify}
    kwargs.update(overrides)
    return httpx.AsyncClient(**kwargs)


async def http_client(settings: Settings = Depends(get_settings)) -> AsyncIterator[httpx.AsyncClient]:
    async with build_http_client(settings) as client:
        yield client


async def webhook_client() -> AsyncIterator[httpx.AsyncClient]:
    insecure_ctx = ssl.create_default_context()
    insecure_ctx.check_hostname = False
    insecure_ctx.verify_mode = ssl.CERT_NONE
    async with httpx.AsyncClient(verify=insecure_ctx, timeout=5.0) as client:
        yield client


def internal_client() -> httpx.Client:
    transport = httpx.HTTPTransport(retries=3, verify=False)
    return httpx.Client(base_url="https://ledger-admin.internal", transport=transport)


def metrics_client() -> httpx.Client:
    return httpx.Client(base_url="http://127.0.0.1:9102", verify=False)
