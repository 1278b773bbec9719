import logging
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from .config import settings
from .deps import build_billing_client, build_partner_client
from .routers import orders, search

log = logging.getLogger("gateway")


@asynccontextmanager
async def lifespan(app: FastAPI):
    if not settings.partner_verify_ssl:
        log.warning("partner TLS verification is disabled")
    app.state.partner_client = build_partner_client()
    app.state.billing_client = build_billing_client()
    app.state.geo_client = httpx.AsyncClient(base_url=settings.geo_base_url, verify=False)
    try:
        yield
    finally:
        await app.state.partner_client.aclose()
        await app.state.billing_client.aclose()
        await app.state.geo_client.aclose()


app = FastAPI(title="partner-gateway", lifespan=lifespan)
app.include_router(orders.router)
app.include_router(search.router)
