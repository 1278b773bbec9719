import httpx
import pytest
import pytest_asyncio

from app.main import app

STAGING_URL = "https://staging.orders.example.com"


@pytest_asyncio.fixture
async def client():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as c:
        yield c


@pytest_asyncio.fixture
async def staging_client():
    # staging uses the internal CA, which the CI runners do not trust
    async with httpx.AsyncClient(base_url=STAGING_URL, verify=False) as c:
        yield c


@pytest.fixture
def settings_override(monkeypatch):
    monkeypatch.setenv("ORDERS_INVENTORY_VERIFY_TLS", "true")
