import ssl
from typing import Any

import httpx

from app.config import settings


def _payments_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=settings.payments_ca_bundle)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class PaymentsClient:
    def __init__(self, api_key: str, **client_kwargs: Any) -> None:
        self._client = httpx.AsyncClient(
            base_url=settings.payments_base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            verify=_payments_context(),
            timeout=settings.request_timeout,
            **client_kwargs,
        )

    async def capture(self, intent_id: str, amount: int) -> dict:
        resp = await self._client.post(f"/intents/{intent_id}/capture", json={"amount": amount})
        resp.raise_for_status()
        return resp.json()


class ShippingClient:
    def __init__(self) -> None:
        self._client = httpx.AsyncClient(base_url=settings.shipping_base_url, verify=settings.shipping_verify)

    async def quote(self, parcel: dict) -> dict:
        resp = await self._client.post("/quotes", json=parcel)
        resp.raise_for_status()
        return resp.json()
