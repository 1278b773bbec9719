import requests

DEFAULTS = {"timeout": 20, "verify": True}
LEGACY_PACS = dict(DEFAULTS, verify=False)
MODERN_PACS = {**LEGACY_PACS, "verify": "/etc/fhir-bridge/ca.pem"}
PARTNER = {"verify": False, **DEFAULTS}


def legacy_get(url: str):
    return requests.get(url, **LEGACY_PACS)


def modern_get(url: str):
    return requests.get(url, **MODERN_PACS)


def partner_get(url: str):
    return requests.get(url, **PARTNER)
