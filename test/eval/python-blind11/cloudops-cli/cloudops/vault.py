import os

import requests

DEFAULT_ADDR = "https://vault.service.example.com:8200"


class VaultClient:
    def __init__(self, addr=None, token=None, ca_cert=None, skip_verify=False):
        self.addr = (addr or os.environ.get("VAULT_ADDR", DEFAULT_ADDR)).rstrip("/")
        self.session = requests.Session()
        self.session.headers["X-Vault-Token"] = token or os.environ.get("VAULT_TOKEN", "")
        if skip_verify:
            self.session.verify = False
        elif ca_cert:
            self.session.verify = ca_cert

    def read(self, path):
        resp = self.session.get(f"{self.addr}/v1/{path}", timeout=10)
        resp.raise_for_status()
        return resp.json()["data"]


def production_client():
    return VaultClient(ca_cert=os.environ.get("VAULT_CACERT", "/etc/ssl/certs/vault-ca.pem"))


def dev_client():
    """Vault dev server started with `vault server -dev -dev-tls`."""
    return VaultClient(addr="https://vault.dev.example.com:8200", token="root", skip_verify=True)
