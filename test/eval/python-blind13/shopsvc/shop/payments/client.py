import hashlib
import hmac
import logging

import requests
from django.conf import settings

log = logging.getLogger(__name__)


class PaymentsSession(requests.Session):
    def __init__(self, api_key):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {api_key}"
        self.verify = settings.PAYMENTS_CA_BUNDLE


class SandboxPaymentsSession(requests.Session):
    """Talks to the provider's sandbox, which uses a self-signed certificate."""

    def __init__(self, api_key):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {api_key}"
        self.verify = False


def create_charge(session, amount_cents, currency, token):
    resp = session.post(f"{settings.PAYMENTS_API}/charges", json={"amount": amount_cents, "currency": currency, "source": token}, timeout=20)
    resp.raise_for_status()
    return resp.json()


def verify_webhook(secret, payload, signature):
    expected = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


def refund(charge_id, api_key):
    return requests.post(f"{settings.PAYMENTS_API}/refunds", json={"charge": charge_id}, headers={"Authorization": f"Bearer {api_key}"}, verify=settings.PAYMENTS_CA_BUNDLE, timeout=20)
