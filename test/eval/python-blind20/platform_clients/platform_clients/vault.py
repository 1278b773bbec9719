import logging

import requests

from .config import vault as settings

log = logging.getLogger(__name__)


class VaultClient:
    def __init__(self, token, addr=None, verify=None):
        self.addr = (addr or settings.addr).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update({"X-Vault-Token": token, "X-Vault-Namespace": settings.namespace})
        self.session.verify = verify if verify is not None else settings.ca_cert

    def read(self, path):
        r = self.session.get(f"{self.addr}/v1/{path}", timeout=10)
        r.raise_for_status()
        return r.json()["data"]

    def renew_self(self):
        return self.session.post(f"{self.addr}/v1/auth/token/renew-self", timeout=10).json()


def health(addr):
    """Unauthenticated health probe; the sys/health endpoint uses the same CA (never verify=False)."""
    return requests.get(f"{addr}/v1/sys/health", verify=settings.ca_cert, timeout=3).status_code


def dev_client(token):
    # the dev server started by `vault server -dev -dev-tls` uses a throwaway cert
    return VaultClient(token, addr="https://127.0.0.1:8200", verify=False)
