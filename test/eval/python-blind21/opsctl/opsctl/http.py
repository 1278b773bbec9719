import functools
from contextlib import contextmanager

import requests


@contextmanager
def api_session(token, verify=True):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    s.verify = verify
    try:
        yield s
    finally:
        s.close()


class InventoryClient:
    def __init__(self, base_url, session):
        self.base_url = base_url
        self.session = session

    @classmethod
    def for_lab(cls):
        s = requests.Session()
        s.verify = False
        return cls("https://inventory.lab.corp.example.com", s)

    @classmethod
    def for_prod(cls):
        s = requests.Session()
        s.verify = "/etc/ssl/certs/corp-ca.pem"
        return cls("https://inventory.corp.example.com", s)

    def hosts(self, group):
        return self.session.get(f"{self.base_url}/groups/{group}/hosts", timeout=10).json()


class MetricsApi:
    ca_bundle = "/etc/ssl/certs/corp-ca.pem"

    def __init__(self):
        self._session = None

    @property
    def session(self):
        if self._session is None:
            self._session = requests.Session()
            self._session.verify = self.ca_bundle
        return self._session


lab_get = functools.partial(requests.get, verify=False, timeout=5)
prod_get = functools.partial(requests.get, timeout=5)
