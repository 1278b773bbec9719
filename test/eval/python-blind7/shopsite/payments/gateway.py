import logging

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class GatewaySession(requests.Session):
    """Session for the card gateway; retries idempotent calls."""

    verify_ssl = True

    def __init__(self, base_url):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        self.verify = self.verify_ssl

    def charge(self, payload):
        return self.post(f"{self.base_url}/v2/charges", json=payload, timeout=10)


class SandboxGatewaySession(GatewaySession):
    # The sandbox uses a self-signed certificate.
    verify_ssl = False


class RefundClient:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.verify = settings.PAYMENTS_CA_BUNDLE

    def refund(self, charge_id):
        url = f"https://api.gateway.example.com/v2/refunds/{charge_id}"
        return self.session.post(url, timeout=10)


def fetch_rates():
    kwargs = {"timeout": 5, "verify": False}
    resp = requests.get("https://rates.gateway.example.com/fx", **kwargs)
    resp.raise_for_status()
    return resp.json()


def health(url):
    # verify=False used to be here; do not bring it back.
    return requests.head(url, verify=True, timeout=3).ok
