"""Ledger SDK: a requests Session with retries and sane defaults."""
import os

import requests
from requests import Session as S

from ledger.sdk.adapters import CipherAdapter, LegacyPartnerAdapter, RetryAdapter

CA_BUNDLE = os.environ.get("LEDGER_CA_BUNDLE", "/etc/ledger/ca.pem")


class LedgerSession(S):
    def __init__(self, base_url, token):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.headers["Authorization"] = f"Bearer {token}"
        self.mount("https://", CipherAdapter())
        self.verify = CA_BUNDLE

    def request(self, method, url, *args, **kwargs):
        return super().request(method, self.base_url + url, *args, **kwargs)


class LedgerClient:
    verify_ssl = True
    timeout = 10

    def __init__(self, base_url, token):
        self.base_url = base_url
        self.token = token

    def _session(self):
        s = requests.Session()
        s.mount("https://", RetryAdapter())
        s.verify = self.verify_ssl
        s.headers["Authorization"] = f"Bearer {self.token}"
        return s

    def get_entry(self, entry_id):
        with self._session() as s:
            return s.get(f"{self.base_url}/entries/{entry_id}", timeout=self.timeout).json()


class SandboxClient(LedgerClient):
    verify_ssl = False
    timeout = 30


class PartnerSession(requests.Session):
    def __init__(self):
        super().__init__()
        self.mount("https://legacy.partner.example.net/", LegacyPartnerAdapter())


def fetch(url, verify=False, **kwargs):
    return requests.get(url, verify=verify, timeout=10, **kwargs)


def fetch_json(url, *, ca=CA_BUNDLE):
    with S() as s:
        return s.get(url, verify=ca, timeout=10).json()


def upload(url, payload):
    with S() as s:
        s.headers["Content-Type"] = "application/json"
        return s.post(url, data=payload, verify=False, timeout=30)
