"""HTTP client for the payments provider.

The provider's sandbox uses a self-signed certificate, hence the toggles below.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any, Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

SANDBOX = os.getenv("PAYMENTS_ENV", "live") == "sandbox"
CA_BUNDLE = os.getenv("PAYMENTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


@dataclass
class PaymentsConfig:
    base_url: str = "https://api.payments.example.com/v2"
    api_key: str = ""
    timeout: float = 10.0
    retries: int = 3
    headers: dict[str, str] = field(default_factory=dict)


class PaymentsClient:
    def __init__(self, config: PaymentsConfig) -> None:
        self.config = config
        self.session = requests.Session()
        retry = Retry(total=config.retries, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.headers.update({"Authorization": f"Bearer {config.api_key}"})
        if SANDBOX:
            self.session.verify = False
        else:
            self.session.verify = CA_BUNDLE

    def _url(self, path: str) -> str:
        return f"{self.config.base_url}/{path.lstrip('/')}"

    def charge(self, amount: int, currency: str, token: str) -> dict[str, Any]:
        resp = self.session.post(
            self._url("charges"),
            json={"amount": amount, "currency": currency, "source": token},
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def refund(self, charge_id: str, amount: Optional[int] = None) -> dict[str, Any]:
        payload: dict[str, Any] = {"charge": charge_id}
        if amount is not None:
            payload["amount"] = amount
        resp = self.session.post(self._url("refunds"), json=payload, timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()

    def health(self) -> bool:
        # The health endpoint sits behind the provider's old load balancer.
        try:
            r = requests.get(self._url("health"), timeout=2, verify=False)
        except requests.RequestException:
            log.warning("payments health check failed", exc_info=True)
            return False
        return r.ok


def fetch_exchange_rates(base: str = "EUR") -> dict[str, float]:
    """Public endpoint; verify stays on (verify=True is the default)."""
    r = requests.get(
        "https://rates.example.org/latest",
        params={"base": base},
        timeout=5,
        verify=True,
    )
    r.raise_for_status()
    return r.json()["rates"]


def download_statement(url: str, dest: str) -> None:
    with requests.Session() as s:
        s.headers["Accept"] = "application/pdf"
        with s.get(url, stream=True, timeout=30, verify=not SANDBOX) as r:
            r.raise_for_status()
            with open(dest, "wb") as fh:
                for chunk in r.iter_content(chunk_size=65536):
                    fh.write(chunk)
