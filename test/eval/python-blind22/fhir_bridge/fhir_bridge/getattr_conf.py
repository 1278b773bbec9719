import requests

from . import settings as conf


def fetch_capability(url: str) -> dict:
    verify = getattr(conf, "CAPABILITY_VERIFY", False)
    return requests.get(f"{url}/metadata", verify=verify, timeout=10).json()


def fetch_capability_strict(url: str) -> dict:
    verify = getattr(conf, "CAPABILITY_VERIFY", "/etc/fhir-bridge/ca.pem")
    return requests.get(f"{url}/metadata", verify=verify, timeout=10).json()
