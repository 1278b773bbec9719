import os
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI, Request

IS_PROD = os.getenv("DEPLOY_ENV") == "production"
HL7_CA = os.getenv("HL7_CA_BUNDLE", True)


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.hl7 = httpx.AsyncClient(base_url="https://hl7-gw.stmarys.example", verify=IS_PROD)
    app.state.hl7_alt = httpx.AsyncClient(base_url="https://hl7-gw2.stmarys.example", verify=HL7_CA)
    yield
    await app.state.hl7.aclose()
    await app.state.hl7_alt.aclose()


app = FastAPI(lifespan=lifespan)


@app.get("/patients/{pid}")
async def patient(pid: str, request: Request):
    r = await request.app.state.hl7.get(f"/Patient/{pid}")
    return r.json()


@app.get("/health")
async def health():
    async with httpx.AsyncClient(verify=False) as c:
        r = await c.get("https://127.0.0.1:8443/healthz")
    return {"upstream": r.status_code}
