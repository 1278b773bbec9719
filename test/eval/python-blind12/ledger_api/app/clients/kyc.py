import ssl

import httpx

from ..config import get_settings
from .base import PartnerClient


class KycClient(PartnerClient):
    base_url = "https://kyc.vendor.example.com"
    verify_ssl = get_settings().kyc_ca_bundle

    async def check(self, customer_id: str) -> bool:
        data = await self.get_json(f"/customers/{customer_id}/status")
        return data["status"] == "clear"


class SanctionsClient(PartnerClient):
    base_url = "https://sanctions.vendor.example.com"

    def _make_client(self) -> httpx.AsyncClient:
        ctx = ssl.create_default_context(cafile="/etc/ledger/sanctions-ca.pem")
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        return httpx.AsyncClient(base_url=self.base_url, verify=ctx, timeout=self.timeout)


class ArchiveClient(PartnerClient):
    base_url = "https://archive.vendor.example.com"
    verify_ssl = False

    def __init__(self, token: str):
        self.verify_ssl = True
        super().__init__(token)
