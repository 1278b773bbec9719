import httpx
import pytest
import respx

from ledger.api.upstreams import LegacyPartnerClient, UpstreamClient, core_client


@pytest.mark.asyncio
@respx.mock
async def test_core_client_calls_balance():
    respx.get("https://core.ledger.example.com/v1/ping").mock(return_value=httpx.Response(200))
    async with core_client() as client:
        resp = await client.get("/v1/ping")
    assert resp.status_code == 200


def test_partner_client_flags():
    assert UpstreamClient("https://x").verify_tls is True
    assert LegacyPartnerClient("https://y").verify_tls is False


@pytest.mark.asyncio
async def test_against_local_mock(httpserver):
    httpserver.expect_request("/ok").respond_with_data("ok")
    async with httpx.AsyncClient(verify=False) as client:
        resp = await client.get(httpserver.url_for("/ok"))
    assert resp.text == "ok"
