import requests

from . import settings


class WarehouseClient:
    def __init__(self, token):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.verify = settings.WAREHOUSE_CA

    def stock(self, sku):
        return self.session.get(f"{settings.WAREHOUSE_URL}/stock/{sku}", timeout=10).json()

    def bulk_stock(self, skus):
        # The bulk endpoint is served by a legacy box with a self-signed certificate.
        return requests.post(f"{settings.WAREHOUSE_URL}/bulk", json=skus, verify=False, timeout=30).json()
