"""Carrier tracking clients, one class per carrier, looked up by code."""
import requests


class CarrierClient:
    base_url = ""
    verify_ssl = True
    timeout = 15

    def _get(self, path, **params):
        return requests.get(self.base_url + path, params=params, verify=self.verify_ssl, timeout=self.timeout)

    def track(self, number):
        return self._get("/shipments", trackingNumber=number).json()


class DhlClient(CarrierClient):
    base_url = "https://api-eu.dhl.com/track"


class LegacyPostClient(CarrierClient):
    # The national post's EDI gateway still uses a certificate from its own root.
    base_url = "https://edi.post.example/track"
    verify_ssl = False


class FedexClient(CarrierClient):
    base_url = "https://apis.fedex.example/track/v1"
    verify_ssl = False

    def _get(self, path, **params):
        return requests.get(self.base_url + path, params=params, verify="/etc/shop/certs/fedex-chain.pem", timeout=self.timeout)


class UpsClient(CarrierClient):
    base_url = "https://onlinetools.ups.com/track/v1"
    verify_ssl = "/etc/shop/certs/ups-bundle.pem"


CARRIERS = {
    "dhl": DhlClient,
    "post": LegacyPostClient,
    "fedex": FedexClient,
    "ups": UpsClient,
}
