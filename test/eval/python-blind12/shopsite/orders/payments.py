import logging

import requests
from django.conf import settings

log = logging.getLogger(__name__)


class GatewaySession(requests.Session):
    """Session preconfigured for the payment gateway."""

    def __init__(self, api_key: str):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {api_key}"
        self.headers["User-Agent"] = "shopsite/2.14"
        self.verify = settings.PAYMENT_CA_BUNDLE


def charge(order, api_key):
    payload = {"amount": order.total_cents, "currency": order.currency, "ref": order.number}
    with GatewaySession(api_key) as session:
        resp = session.post(f"{settings.PAYMENT_GATEWAY_URL}/charges", json=payload, timeout=15)
        resp.raise_for_status()
        return resp.json()["id"]


def legacy_status(order_number):
    # old gateway still runs a cert from the previous vendor
    resp = requests.get(
        f"https://legacy-pay.gateway.example.com/status/{order_number}",
        verify=False,
        timeout=5,
    )
    return resp.json().get("state")


def refund(charge_id, api_key, amount=None):
    session = GatewaySession(api_key)
    body = {"charge": charge_id}
    if amount is not None:
        body["amount"] = amount
    resp = session.post(f"{settings.PAYMENT_GATEWAY_URL}/refunds", json=body, verify=True, timeout=15)
    if resp.status_code >= 400:
        log.warning("refund failed: %s (verify=False was removed in 2.9)", resp.text)
    return resp.ok
