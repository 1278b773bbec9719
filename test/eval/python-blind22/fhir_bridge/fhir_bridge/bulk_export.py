"""FHIR Bulk Data ($export) downloads."""
import functools

import requests

_get_vendor = functools.partial(requests.get, timeout=120, verify=False)
_get_strict = functools.partial(requests.get, timeout=60, verify="/etc/fhir-bridge/ca.pem")


def fetch_ndjson(url: str, token: str):
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/fhir+ndjson"}
    return _get_vendor(url, headers=headers, stream=True)


def fetch_manifest(url: str, token: str) -> dict:
    return _get_strict(url, headers={"Authorization": f"Bearer {token}"}).json()
