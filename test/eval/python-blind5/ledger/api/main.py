import os

import httpx
from fastapi import Depends, FastAPI

from ledger.api.upstreams import core_client, partner_client

app = FastAPI(title="ledger-gateway")

FX_URL = "https://fx.partner.example.net"
SANDBOX = os.getenv("LEDGER_ENV", "prod") == "sandbox"

CLIENT_OPTS = {
    "timeout": 5.0,
    "follow_redirects": True,
}
if SANDBOX:
    CLIENT_OPTS["verify"] = False

REPORT_OPTS = dict(timeout=30.0, verify=os.getenv("REPORTS_VERIFY", "1") != "0")


async def get_core():
    async with core_client() as client:
        yield client


@app.get("/balances/{account}")
async def balances(account: str, client: httpx.AsyncClient = Depends(get_core)):
    resp = await client.get(f"/v1/accounts/{account}/balances")
    resp.raise_for_status()
    return resp.json()


@app.get("/fx/{pair}")
async def fx_rate(pair: str):
    async with httpx.AsyncClient(base_url=FX_URL, **CLIENT_OPTS) as client:
        resp = await client.get(f"/rates/{pair}")
        return resp.json()


@app.get("/reports/{day}")
async def report(day: str):
    async with httpx.AsyncClient(**REPORT_OPTS) as client:
        resp = await client.get(f"https://reports.ledger.example.com/{day}.csv")
        return {"size": len(resp.content)}


@app.post("/partners/{name}/sync")
async def partner_sync(name: str):
    async with partner_client(f"https://{name}.partners.example.net") as client:
        resp = await client.post("/sync")
        return {"status": resp.status_code}


@app.get("/health/upstream")
async def upstream_health():
    # httpx.get(url, verify=False) used to be here; now the CA bundle is used
    r = httpx.get(FX_URL + "/health", verify="/etc/ledger/ca.pem", timeout=2)
    return {"fx": r.status_code}
