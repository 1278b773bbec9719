from .base import ServiceClient


class BloombergBridge(ServiceClient):
    base_url = "https://bbg-bridge.risk.example.com"
    verify_ssl = "/etc/risk/ca/bbg.pem"


class LegacyMarginClient(ServiceClient):
    base_url = "https://margin-legacy.risk.example.com"
    verify_ssl = False
    timeout = 30


class ReutersClient(ServiceClient):
    base_url = "https://rtrs-gw.risk.example.com"
    verify_ssl = False

    def get(self, path: str, **params):
        return self.session.get(self.base_url + path, params=params, verify="/etc/risk/ca/rtrs.pem", timeout=self.timeout)

    def post(self, path: str, payload: dict):
        return self.session.post(self.base_url + path, json=payload, verify="/etc/risk/ca/rtrs.pem", timeout=self.timeout)
