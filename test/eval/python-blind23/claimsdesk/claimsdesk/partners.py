"""Adjuster partners and the motor-claims bureau."""
import httpx
import requests

from .config import ADJUSTER_ENVIRONMENTS, IS_PROD, OWN_TLS_SWITCH

BUREAU = "https://api.motor-bureau.example.org/v2"


def adjuster_clients():
    clients = {}
    for env in ADJUSTER_ENVIRONMENTS:
        clients[env["name"]] = httpx.Client(base_url=env["url"], verify=env["verify"], timeout=30)
    return clients


def registry_client() -> httpx.Client:
    return httpx.Client(base_url="https://registry.claims-partner.example.com", verify=True)


def bureau_lookup(plate: str) -> dict:
    resp = requests.get(f"{BUREAU}/vehicles/{plate}", verify=IS_PROD, timeout=10)
    resp.raise_for_status()
    return resp.json()


def bureau_history(plate: str) -> dict:
    resp = requests.get(f"{BUREAU}/vehicles/{plate}/claims", verify=OWN_TLS_SWITCH, timeout=10)
    resp.raise_for_status()
    return resp.json()
