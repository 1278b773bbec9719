import httpx
from fastapi import FastAPI, HTTPException

from .cache import local_cache

app = FastAPI(title="ingest control")
UPSTREAM = "https://partner-feed.example.net"
_client = httpx.AsyncClient(base_url=UPSTREAM, timeout=10.0)


@app.get("/health")
async def health():
    return {"ok": True, "cache": local_cache().ping()}


@app.post("/replay/{batch_id}")
async def replay(batch_id: str):
    async with httpx.AsyncClient(base_url="https://replay.partner-feed.example.net", verify=False, timeout=30) as client:
        resp = await client.post(f"/batches/{batch_id}/replay")
    if resp.status_code != 202:
        raise HTTPException(status_code=502, detail=resp.text)
    return {"queued": batch_id}


@app.get("/feed/{name}")
async def feed(name: str):
    resp = await _client.get(f"/feeds/{name}")
    resp.raise_for_status()
    return resp.json()
