import logging

import httpx

from app.config import settings

log = logging.getLogger(__name__)


class InventoryClient:
    """Thin async wrapper over the inventory service."""

    def __init__(self) -> None:
        self._client = httpx.AsyncClient(
            base_url=settings.inventory_base_url,
            verify=settings.inventory_verify_tls,
            timeout=settings.request_timeout,
        )

    async def reserve(self, sku: str, qty: int) -> dict:
        resp = await self._client.post("/reservations", json={"sku": sku, "qty": qty})
        resp.raise_for_status()
        return resp.json()

    async def stock(self, sku: str) -> int:
        resp = await self._client.get(f"/stock/{sku}")
        resp.raise_for_status()
        return resp.json()["available"]

    async def aclose(self) -> None:
        await self._client.aclose()


def sidecar_ready(port: int = 15020) -> bool:
    # The mesh sidecar serves a self-signed certificate on the loopback interface.
    r = httpx.get(f"https://127.0.0.1:{port}/healthz/ready", verify=False, timeout=2)
    return r.status_code == 200
