import httpx

from ledger_api.clients import SandboxFxClient


def test_sandbox_quote_endpoint():
    client = httpx.Client(base_url="https://fx.sandbox.example.net", verify=False)
    assert client.get("/ping").status_code == 200


def test_sandbox_client_disables_verification():
    client = SandboxFxClient("https://fx.sandbox.example.net")
    assert client.session.verify is False
