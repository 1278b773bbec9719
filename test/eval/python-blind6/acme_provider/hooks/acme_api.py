"""HTTP hook for the Acme REST API."""
from __future__ import annotations

import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)

RETRY = Retry(total=5, backoff_factor=0.5, status_forcelist=(502, 503, 504))


class AcmeApiHook:
    conn_name_attr = "acme_conn_id"
    default_conn_name = "acme_default"
    verify_ssl = True

    def __init__(self, acme_conn_id: str = default_conn_name, connection=None):
        self.acme_conn_id = acme_conn_id
        self._connection = connection
        self._session = None

    @property
    def extras(self) -> dict:
        return dict(self._connection.extra_dejson) if self._connection else {}

    def get_conn(self) -> requests.Session:
        if self._session is None:
            session = requests.Session()
            session.mount("https://", HTTPAdapter(max_retries=RETRY))
            session.verify = self.verify_ssl
            ca_bundle = self.extras.get("ca_bundle")
            if ca_bundle:
                session.verify = ca_bundle
            self._session = session
        return self._session

    def run(self, endpoint: str, payload: dict | None = None) -> dict:
        request_kwargs = {"timeout": 30}
        if self.extras.get("insecure_simulator"):
            request_kwargs["verify"] = False
        url = f"https://{self._connection.host}/{endpoint.lstrip('/')}"
        resp = self.get_conn().post(url, json=payload or {}, **request_kwargs)
        resp.raise_for_status()
        return resp.json()

    def test_connection(self):
        verify = self.extras.get("verify", True)
        resp = requests.get(f"https://{self._connection.host}/health", verify=verify, timeout=10)
        return resp.ok, resp.reason


class AcmeSandboxHook(AcmeApiHook):
    """Hook for the vendor's sandbox, which uses a self-signed certificate."""

    default_conn_name = "acme_sandbox"
    verify_ssl = False


class AcmeEuHook(AcmeApiHook):
    default_conn_name = "acme_eu"
    verify_ssl = "/etc/ssl/certs/acme-eu-ca.pem"
