from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI, HTTPException

from app.clients.inventory import InventoryClient
from app.clients.payments import PaymentsClient
from app.config import Settings, get_settings
from app.events import make_producer


@asynccontextmanager
async def lifespan(app: FastAPI):
    app.state.inventory = InventoryClient()
    app.state.payments = PaymentsClient(api_key=get_settings().kafka_password)
    app.state.producer = make_producer()
    await app.state.producer.start()
    yield
    await app.state.producer.stop()
    await app.state.inventory.aclose()


app = FastAPI(title="orders", lifespan=lifespan)


@app.get("/health")
async def health(cfg: Settings = Depends(get_settings)) -> dict:
    # Do not pass verify=False here: the probe must fail on a bad certificate.
    return {"status": "ok", "env": cfg.environment, "tls_verify": cfg.inventory_verify_tls}


@app.post("/orders/{order_id}/reserve")
async def reserve(order_id: str, sku: str, qty: int = 1) -> dict:
    if qty <= 0:
        raise HTTPException(status_code=422, detail="qty must be positive")
    return await app.state.inventory.reserve(sku, qty)
