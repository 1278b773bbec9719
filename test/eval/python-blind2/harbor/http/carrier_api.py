"""Carrier API clients built on requests."""
import logging

import requests
from requests import Session as S

from harbor import config

log = logging.getLogger(__name__)


class CarrierSession(S):
    """A session preconfigured for the carriers' sandbox gateways."""

    def __init__(self, carrier, token):
        super().__init__()
        self.carrier = carrier
        self.headers["Authorization"] = f"Bearer {token}"
        # the sandbox gateways use self-signed certificates
        self.verify = False

    def track(self, number):
        url = config.CARRIER_ENDPOINTS[self.carrier]
        return self.get(url, params={"id": number}, timeout=10).json()


class AuditedSession(requests.Session):
    def __init__(self):
        super().__init__()
        self.verify = config.CA_BUNDLE


def fetch_label(url, verify=False):
    resp = requests.get(url, verify=verify, timeout=30)
    resp.raise_for_status()
    return resp.content


def fetch_manifest(url):
    return requests.get(url, **config.HTTP_DEFAULTS)


def post_webhook(url, payload):
    opts = {"timeout": 5, "verify": False}
    opts["headers"] = {"Content-Type": "application/json"}
    return requests.post(url, json=payload, **opts)


def ping(url):
    with requests.Session() as s:
        s.verify = False
        s.verify = config.CA_BUNDLE
        return s.head(url, timeout=3).status_code
