"""HTTP client for the payment provider.

Older deployments used ``verify=False`` against the sandbox; that is gone.
"""
import logging

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

_DEFAULTS = {"timeout": 15, "verify": True}


class GatewaySession(requests.Session):
    """Session with retries; subclasses may pin their own CA bundle."""

    verify_ssl = True

    def __init__(self, base_url):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.verify = self.verify_ssl
        self.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))

    def call(self, method, path, **kwargs):
        return self.request(method, f"{self.base_url}/{path.lstrip('/')}", **kwargs)


class SandboxGatewaySession(GatewaySession):
    verify_ssl = False


class PinnedGatewaySession(GatewaySession):
    verify_ssl = "/etc/ssl/certs/payments-ca.pem"


def request_options(**overrides):
    return dict(_DEFAULTS, **overrides)


def charge(amount_cents, token):
    opts = request_options(timeout=30)
    return requests.post(
        settings.PAYMENT_GATEWAY["base_url"] + "/charges",
        json={"amount": amount_cents, "source": token},
        **opts,
    )


def refund(charge_id):
    opts = {**_DEFAULTS, "verify": False}
    return requests.post(
        settings.PAYMENT_GATEWAY["base_url"] + f"/charges/{charge_id}/refund",
        **opts,
    )


def capture(charge_id):
    opts = {"verify": False, **_DEFAULTS}
    return requests.post(
        settings.PAYMENT_GATEWAY["base_url"] + f"/charges/{charge_id}/capture",
        **opts,
    )


def sandbox_session():
    return SandboxGatewaySession("https://sandbox.payments.example.com/v2")
