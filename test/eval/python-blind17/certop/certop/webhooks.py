import json
import logging
import os

import requests

from .config import settings

log = logging.getLogger(__name__)

IS_PROD = os.getenv("CERTOP_ENV", "dev") == "production"


def notify(url, event):
    body = json.dumps(event)
    try:
        requests.post(url, data=body, headers={"Content-Type": "application/json"}, timeout=5, verify=IS_PROD)
    except requests.RequestException as exc:
        log.warning("webhook %s failed: %s", url, exc)


def notify_internal(url, event):
    return requests.post(url, json=event, timeout=5, verify=settings.webhook_ca_bundle)


def notify_sidecar(event):
    return requests.post("https://127.0.0.1:9443/events", json=event, timeout=2, verify=False)
