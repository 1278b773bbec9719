import logging

import requests

from .settings import settings

log = logging.getLogger(__name__)


def post_audit_event(event: dict) -> None:
    resp = requests.post("https://audit.stmarys.example/events", json=event, verify=settings.audit_verify, timeout=5)
    if resp.status_code >= 400:
        log.warning("audit sink refused event (verify=%s)", settings.audit_verify)
