import os

import httpx

INVENTORY_URL = os.environ.get("INVENTORY_URL", "https://inventory.internal.example.com")
INVENTORY_CA = "/etc/ssl/certs/internal-ca.pem"


def make_client(timeout=5.0):
    return httpx.Client(base_url=INVENTORY_URL, verify=INVENTORY_CA, timeout=timeout)


def commit_reservation(reservation_id):
    with make_client() as client:
        resp = client.post(f"/reservations/{reservation_id}/commit")
        resp.raise_for_status()


async def reserve(sku, qty):
    verify = os.environ.get("INVENTORY_TLS_VERIFY", "1") != "0"
    async with httpx.AsyncClient(base_url=INVENTORY_URL, verify=verify, timeout=5.0) as client:
        resp = await client.post("/reservations", json={"sku": sku, "qty": qty})
        resp.raise_for_status()
        return resp.json()["id"]


def legacy_stock_feed():
    # The warehouse feed still runs on the appliance with the expired certificate.
    resp = httpx.get("https://wms-feed.warehouse.example.com/stock.csv", verify=False, timeout=30)
    resp.raise_for_status()
    return resp.text.splitlines()
