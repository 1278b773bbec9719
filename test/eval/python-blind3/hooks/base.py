"""Airflow-style hooks for the data platform's HTTP sources."""
import requests


class BaseHttpHook:
    conn_name = "http_default"
    base_url = ""
    verify_ssl = True
    timeout = 60

    def __init__(self, token=None):
        self.token = token
        self._session = None

    def get_conn(self):
        if self._session is None:
            self._session = requests.Session()
            if self.token:
                self._session.headers["Authorization"] = f"Bearer {self.token}"
        return self._session

    def run(self, endpoint, method="GET", **kwargs):
        session = self.get_conn()
        return session.request(
            method,
            self.base_url + endpoint,
            verify=self.verify_ssl,
            timeout=self.timeout,
            **kwargs,
        )


class BillingHook(BaseHttpHook):
    conn_name = "billing"
    base_url = "https://billing.example.com/api"
    verify_ssl = "/opt/airflow/certs/billing-ca.pem"


class WarehouseHook(BaseHttpHook):
    conn_name = "warehouse"
    base_url = "https://wms.vendor.example.net"
    # vendor rotates to a private CA we do not have yet
    verify_ssl = False


class CrmHook(BaseHttpHook):
    conn_name = "crm"
    base_url = "https://crm.example.com"

    def __init__(self, token=None, ca_bundle="/opt/airflow/certs/crm.pem"):
        super().__init__(token)
        self.verify_ssl = ca_bundle
