import ssl
from typing import AsyncIterator

import httpx
from fastapi import Request

from .config import settings

_BILLING_CTX = ssl.create_default_context(cafile=settings.billing_ca_bundle)


def build_partner_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.partner_base_url,
        verify=settings.partner_verify_ssl,
        timeout=settings.request_timeout,
    )


def build_billing_client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=settings.billing_base_url,
        verify=_BILLING_CTX,
        timeout=settings.request_timeout,
    )


async def get_partner_client(request: Request) -> httpx.AsyncClient:
    return request.app.state.partner_client


async def get_metrics_client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=settings.metrics_url, verify=True) as client:
        yield client
