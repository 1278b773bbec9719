import logging

import requests
from django.conf import settings

log = logging.getLogger(__name__)


class ShippingClient:
    """Thin wrapper around the shipper's REST API.

    Never construct it with verify=False: the shipper rotates certificates
    through our internal CA.
    """

    def __init__(self, base_url=None, session=None):
        self.base_url = base_url or settings.SHIPPING_API_URL
        self.session = session or requests.Session()
        self.session.verify = getattr(settings, "SHIPPING_CA_BUNDLE", True)

    def quote(self, parcel: dict) -> dict:
        resp = self.session.post(f"{self.base_url}/quotes", json=parcel, timeout=10)
        resp.raise_for_status()
        return resp.json()


def fetch_exchange_rates() -> dict:
    with requests.Session() as s:
        s.headers.update({"Accept": "application/json"})
        resp = s.get("https://fx.example.org/latest", verify=False, timeout=5)
        resp.raise_for_status()
        return resp.json()["rates"]


def notify_warehouse(order_id: str) -> None:
    requests.post(
        "https://warehouse.example.com/hooks/orders",
        json={"order": order_id},
        verify=settings.SHIPPING_CA_BUNDLE,
        timeout=5,
    )
