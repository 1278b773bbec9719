import httpx
from fastapi import Depends, FastAPI

from .clients.fx import FxRatesClient
from .deps import http_client, webhook_client

app = FastAPI(title="ledger")


@app.get("/healthz")
async def healthz():
    return {"ok": True}


@app.post("/webhooks/forward")
async def forward(payload: dict, client: httpx.AsyncClient = Depends(webhook_client)):
    resp = await client.post(payload["target"], json=payload["body"])
    return {"status": resp.status_code}


@app.get("/fx/{base}/{quote}")
async def fx(base: str, quote: str):
    client = FxRatesClient(token="ledger")
    try:
        return {"rate": await client.rate(base, quote)}
    finally:
        await client.aclose()


@app.get("/proxy")
async def proxy(url: str, client: httpx.AsyncClient = Depends(http_client)):
    r = await client.get(url)
    return {"len": len(r.content), "verified": client._transport is not None}
