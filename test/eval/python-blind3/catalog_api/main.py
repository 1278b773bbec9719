import httpx
from fastapi import Depends, FastAPI

from .deps import inventory_client, pricing_client, recs_client

app = FastAPI(title="catalog")


@app.get("/items/{sku}")
async def get_item(
    sku: str,
    inventory: httpx.AsyncClient = Depends(inventory_client),
    pricing: httpx.AsyncClient = Depends(pricing_client),
):
    stock = (await inventory.get(f"/stock/{sku}")).json()
    price = (await pricing.get(f"/price/{sku}")).json()
    return {"sku": sku, "stock": stock, "price": price}


@app.get("/items/{sku}/related")
async def related(sku: str, recs: httpx.AsyncClient = Depends(recs_client)):
    return (await recs.get(f"/related/{sku}")).json()


@app.get("/healthz")
async def healthz():
    # Plain health probe of our own ingress, certificate checked as usual.
    async with httpx.AsyncClient(verify=True) as client:
        r = await client.get("https://catalog.example.com/ping")
    return {"ingress": r.status_code}
