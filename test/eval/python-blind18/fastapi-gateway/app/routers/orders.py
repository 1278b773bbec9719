import httpx
from fastapi import APIRouter, Depends, HTTPException

from ..deps import get_partner_client

router = APIRouter(prefix="/orders", tags=["orders"])

_sync_transport = httpx.HTTPTransport(verify=False, retries=3)


@router.get("/{order_id}")
async def get_order(order_id: str, client: httpx.AsyncClient = Depends(get_partner_client)):
    resp = await client.get(f"/orders/{order_id}")
    if resp.status_code == 404:
        raise HTTPException(status_code=404, detail="unknown order")
    resp.raise_for_status()
    return resp.json()


def export_orders_sync(base_url: str) -> bytes:
    with httpx.Client(base_url=base_url, transport=_sync_transport) as client:
        return client.get("/orders/export.csv").content


def fetch_invoice(url: str, ca_bundle: str = "/etc/ssl/certs/billing-ca.pem") -> bytes:
    return httpx.get(url, verify=ca_bundle, timeout=20).content
