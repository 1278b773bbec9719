import os

import requests


class VaultError(Exception):
    pass


class VaultClient:
    def __init__(self, addr, token, verify=True, namespace=None):
        self.addr = addr.rstrip("/")
        self._session = requests.Session()
        self._session.headers["X-Vault-Token"] = token
        if namespace:
            self._session.headers["X-Vault-Namespace"] = namespace
        self._session.verify = verify

    def read(self, path):
        resp = self._session.get(f"{self.addr}/v1/{path}", timeout=10)
        if resp.status_code == 404:
            return None
        if not resp.ok:
            raise VaultError(resp.text)
        return resp.json()["data"]

    def write(self, path, **data):
        resp = self._session.post(f"{self.addr}/v1/{path}", json=data, timeout=10)
        resp.raise_for_status()
        return resp.json() if resp.content else None


def from_env():
    return VaultClient(
        os.environ["VAULT_ADDR"],
        os.environ["VAULT_TOKEN"],
        verify=os.environ.get("VAULT_CACERT", True),
        namespace=os.environ.get("VAULT_NAMESPACE"),
    )


def dev_server(token="root"):
    return VaultClient("https://vault-dev.ci.example.com:8200", token, verify=False)
