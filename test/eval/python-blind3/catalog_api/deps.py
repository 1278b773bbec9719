import ssl
from typing import AsyncIterator

import httpx

from .settings import settings


def _inventory_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.inventory_ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


async def inventory_client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=settings.inventory_url,
        verify=_inventory_context(),
        timeout=settings.request_timeout,
    ) as client:
        yield client


async def pricing_client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=settings.pricing_url,
        verify=settings.pricing_verify_tls,
        timeout=settings.request_timeout,
    ) as client:
        yield client


def _legacy_recs_transport() -> httpx.AsyncHTTPTransport:
    # recommendations still run behind the old ELB with an expired cert
    return httpx.AsyncHTTPTransport(retries=2, verify=False)


async def recs_client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url="https://recs.internal.example.com",
        transport=_legacy_recs_transport(),
    ) as client:
        yield client
