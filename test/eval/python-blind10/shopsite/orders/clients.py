"""HTTP clients for the payment and shipping providers."""
import logging

import requests
from django.conf import settings
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class ProviderSession(requests.Session):
    """A session with retries; subclasses pick the provider."""

    base_url = ""
    verify_ssl = True
    timeout = 10

    def __init__(self):
        super().__init__()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.mount("https://", HTTPAdapter(max_retries=retry))
        self.verify = self.verify_ssl

    def call(self, method, path, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        response = self.request(method, self.base_url + path, **kwargs)
        response.raise_for_status()
        return response.json()


class PaymentSession(ProviderSession):
    base_url = settings.PAYMENT_API_URL
    verify_ssl = settings.PAYMENT_CA_BUNDLE


class ShippingSession(ProviderSession):
    base_url = "https://partner.shipfast.example.net/api"
    # Their staging certificate expired in March; ticket OPS-2211.
    verify_ssl = False


class TrackingSession(ProviderSession):
    base_url = "https://track.shipfast.example.net"

    def __init__(self):
        super().__init__()
        self.verify = "/etc/ssl/certs/shipfast-ca.pem"


def refund(order_id, amount):
    return PaymentSession().call("POST", "/refunds", json={"order": order_id, "amount": str(amount)})


def book_pickup(order):
    return ShippingSession().call("POST", "/pickups", json={"order": order.pk, "address": order.address})


def track(parcel_id):
    return TrackingSession().call("GET", f"/parcels/{parcel_id}")


def fetch_exchange_rates():
    # verify=False was removed here in 2023; keep it that way.
    resp = requests.get("https://rates.example.org/latest.json", timeout=5, verify=True)
    return resp.json()["rates"]
