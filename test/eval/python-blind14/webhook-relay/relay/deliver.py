"""Outbound webhook delivery.

Customers register endpoints; we never deliver with verify=False in production.
"""
import logging
import os

import requests

log = logging.getLogger(__name__)

STAGE = os.getenv("STAGE", "dev")
IS_PROD = STAGE == "production"
VERIFY_SWITCH = os.getenv("RELAY_VERIFY_TLS", "1") == "1"
CA_BUNDLE = os.getenv("RELAY_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")

COMMON = {"timeout": 10, "headers": {"User-Agent": "webhook-relay/1.3"}}
LEGACY_OPTS = {"timeout": 5, "verify": False}


def deliver(url: str, body: bytes) -> int:
    return requests.post(url, data=body, verify=IS_PROD, **COMMON).status_code


def deliver_switched(url: str, body: bytes) -> int:
    return requests.post(url, data=body, verify=VERIFY_SWITCH, **COMMON).status_code


def deliver_legacy(url: str, body: bytes) -> int:
    """Endpoints registered before 2021 were never validated."""
    return requests.post(url, data=body, **LEGACY_OPTS).status_code


def deliver_internal(url: str, body: bytes) -> int:
    verify = CA_BUNDLE if STAGE != "dev" else False
    return requests.post(url, data=body, verify=verify, timeout=10).status_code


def deliver_via_proxy(url: str, body: bytes) -> int:
    if os.getenv("RELAY_EGRESS_PROXY"):
        proxy_verify = False
    else:
        proxy_verify = CA_BUNDLE
    proxies = {"https": os.getenv("RELAY_EGRESS_PROXY", "")}
    return requests.post(url, data=body, proxies=proxies, verify=proxy_verify, timeout=10).status_code


def probe(url: str) -> bool:
    opts = dict(timeout=3, allow_redirects=False, verify=False)
    try:
        return requests.head(url, **opts).ok
    except requests.RequestException:
        log.info("probe failed for %s (verify=False was not the cause)", url)
        return False


def replay(url: str, body: bytes) -> int:
    kwargs = {"timeout": 10, "data": body}
    kwargs["verify"] = False
    return requests.post(url, **kwargs).status_code
