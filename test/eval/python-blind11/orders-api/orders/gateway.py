"""Client for the CardPay payment gateway."""
import logging
import uuid

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class GatewayError(Exception):
    pass


class GatewaySession(requests.Session):
    def __init__(self, base_url, api_key, ca_bundle=None):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.headers.update({"Authorization": f"Bearer {api_key}", "User-Agent": "orders-api/2"})
        self.verify = ca_bundle or True
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.mount("https://", HTTPAdapter(max_retries=retry))

    def request(self, method, path, *args, **kwargs):
        kwargs.setdefault("timeout", 10)
        return super().request(method, self.base_url + path, *args, **kwargs)


class SandboxSession(GatewaySession):
    """The CardPay sandbox presents a self-signed certificate."""

    def __init__(self, api_key):
        super().__init__("https://sandbox.cardpay.example", api_key)
        self.verify = False


def session_for(merchant):
    if merchant.sandbox:
        return SandboxSession(merchant.api_key)
    return GatewaySession(settings.CARDPAY_URL, merchant.api_key, ca_bundle=settings.CARDPAY_CA_BUNDLE)


def charge(session, amount_cents, currency, token):
    resp = session.post(
        "/v2/charges",
        json={"amount": amount_cents, "currency": currency, "source": token},
        headers={"Idempotency-Key": str(uuid.uuid4())},
    )
    if resp.status_code >= 400:
        log.warning("charge failed: %s %s", resp.status_code, resp.text[:200])
        raise GatewayError(resp.text)
    return resp.json()


def refund(charge_id, amount_cents):
    resp = requests.post(
        f"{settings.CARDPAY_URL}/v2/refunds",
        json={"charge": charge_id, "amount": amount_cents},
        headers={"Authorization": f"Bearer {settings.CARDPAY_SECRET}"},
        verify=settings.CARDPAY_CA_BUNDLE,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
