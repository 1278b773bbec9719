import ssl
from typing import Optional, Union

import httpx

VerifyType = Union[bool, str, ssl.SSLContext]


def make_client(base_url: str, token: Optional[str] = None, verify: VerifyType = True, **kw) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=base_url, headers=headers, verify=verify, timeout=kw.pop("timeout", 15.0), **kw)


def inventory_client(token: str) -> httpx.Client:
    return make_client("https://inventory.fleet.example.com/api", token)


def bmc_client(addr: str, user: str, password: str) -> httpx.Client:
    # BMCs ship self-signed certs from the factory
    return make_client(f"https://{addr}", verify=False, auth=(user, password))


def vault_client(token: str) -> httpx.Client:
    ctx = ssl.create_default_context(cafile="/etc/fleetctl/vault-ca.pem")
    return make_client("https://vault.fleet.example.com:8200", token, verify=ctx)
