import pytest


@pytest.mark.asyncio
async def test_health(client):
    resp = await client.get("/health")
    assert resp.status_code == 200
    assert resp.json()["tls_verify"] in (True, False)


@pytest.mark.asyncio
async def test_staging_health(staging_client):
    resp = await staging_client.get("/health")
    assert resp.json()["status"] == "ok"
