from dataclasses import dataclass

import requests
from flask import Flask


@dataclass
class PaymentsClient:
    base_url: str
    ca_bundle: str
    session: requests.Session | None = None

    @classmethod
    def from_app(cls, app: Flask) -> "PaymentsClient":
        return cls(base_url=app.config["PAYMENTS_URL"], ca_bundle=app.config["PAYMENTS_CA"])

    def _session(self) -> requests.Session:
        s = self.session or requests.Session()
        s.verify = self.ca_bundle
        return s

    def charge(self, invoice_id: int) -> dict:
        resp = self._session().post(f"{self.base_url}/v1/charges", json={"invoice": invoice_id}, timeout=20)
        resp.raise_for_status()
        return resp.json()

    def refund(self, charge_id: str) -> dict:
        resp = requests.post(f"{self.base_url}/v1/refunds", json={"charge": charge_id}, verify=self.ca_bundle, timeout=20)
        return resp.json()
