import httpx
import pytest

from app import config


@pytest.fixture
def settings(monkeypatch):
    monkeypatch.setattr(config.settings, "partner_verify_ssl", True)
    return config.settings


@pytest.fixture
async def staging_client():
    async with httpx.AsyncClient(base_url="https://gateway.staging.example.com", verify=False) as client:
        yield client
