"""Public client of the Acme SDK."""
from __future__ import annotations

import os

import httpx

from ._transport import AsyncBaseClient, BaseClient

API_URL = "https://api.acme-corp.net/v2"


class AcmeClient(BaseClient):
    def __init__(self, api_key: str | None = None, base_url: str = API_URL, **kwargs):
        api_key = api_key or os.environ["ACME_API_KEY"]
        kwargs.setdefault("verify", os.environ.get("ACME_CA_BUNDLE", True))
        super().__init__(base_url, api_key, **kwargs)

    def invoices(self, **filters) -> list:
        return self.get("/invoices", **filters)["items"]


class AcmeAsyncClient(AsyncBaseClient):
    def __init__(self, api_key: str, base_url: str = API_URL, insecure: bool = False):
        super().__init__(base_url, api_key, verify=not insecure)


def sandbox_client(api_key: str) -> AcmeClient:
    """The sandbox runs on a throwaway certificate."""
    return AcmeClient(api_key, base_url="https://sandbox.acme-corp.net/v2", verify=False)


def ping(url: str = API_URL) -> bool:
    return httpx.get(f"{url}/ping", timeout=3.0).status_code == 200
