import requests

from .config import settings


def read_secret(path, token):
    resp = requests.get(
        f"{settings.vault_addr}/v1/{path}",
        headers={"X-Vault-Token": token},
        verify=settings.vault_verify,
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["data"]
