import httpx
import pytest

from app.main import app


@pytest.fixture
async def api():
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield client


@pytest.fixture
def staging_client():
    with httpx.Client(base_url="https://ledger.staging.example.com", verify=False) as client:
        yield client
