"""Client for the internal ledger and for the payment partner's REST API."""
import logging
from typing import Any

import requests
from django.conf import settings

log = logging.getLogger(__name__)


class LedgerClient:
    def __init__(self, api_key: str, base_url: str, verify: bool | str = True, timeout: float = 10.0) -> None:
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {api_key}"
        self.session.verify = verify
        self.base_url = base_url
        self.timeout = timeout

    def post_entry(self, entry: dict[str, Any]) -> dict:
        resp = self.session.post(f"{self.base_url}/entries", json=entry, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()


def ledger_client() -> LedgerClient:
    return LedgerClient(settings.PARTNER_API_KEY, settings.LEDGER_API_URL, verify=settings.LEDGER_CA_BUNDLE)


def partner_sandbox_client() -> LedgerClient:
    return LedgerClient(settings.PARTNER_API_KEY, "https://api.sandbox.partner.example.net", verify=False)


def refund(charge_id: str, amount: int) -> dict:
    resp = requests.post(
        "https://api.stripe.example.com/v1/refunds",
        data={"charge": charge_id, "amount": amount},
        verify=settings.STRIPE_VERIFY,
        timeout=15,
    )
    return resp.json()
