import logging

import requests
from requests.adapters import HTTPAdapter

log = logging.getLogger(__name__)

WEBHOOK_DEFAULTS = {"timeout": 5, "verify": False}
PARTNER_CA = "/etc/ssl/certs/partners-ca.pem"


def deliver_webhook(url: str, payload: dict) -> int:
    resp = requests.post(url, json=payload, **WEBHOOK_DEFAULTS)
    log.info("webhook %s -> %s", url, resp.status_code)
    return resp.status_code


def ping_partner(url: str) -> bool:
    # We used to pass verify=False here; keep the CA bundle explicit.
    return requests.head(url, verify=PARTNER_CA, timeout=3).ok


class PartnerSession(requests.Session):
    def __init__(self, token: str):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {token}"
        self.verify = False
        self.mount("https://", HTTPAdapter(max_retries=3))


def legacy_session() -> requests.Session:
    s = requests.Session()
    s.verify = False
    s.headers["User-Agent"] = "partner-gateway/2"
    s.verify = PARTNER_CA
    return s
