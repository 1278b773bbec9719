import hmac
import json

import requests

from .gateway import GatewaySession, PinnedGatewaySession

FORWARD_TARGETS = {
    "erp": {"url": "https://erp.internal/hooks/payments", "verify": "/etc/ssl/certs/erp-ca.pem"},
    "crm": {"url": "https://crm.partner.example.net/hooks", "verify": False},
}


def forward(event):
    body = json.dumps(event)
    for name, target in FORWARD_TARGETS.items():
        requests.post(target["url"], data=body, verify=target["verify"], timeout=5)


def relay(event):
    with PinnedGatewaySession("https://relay.payments.example.com") as s:
        return s.call("POST", "/relay", json=event)


def signature_ok(secret, payload, header):
    return hmac.compare_digest(hmac.new(secret, payload, "sha256").hexdigest(), header)


class WebhookReplayer:
    def __init__(self, session=None):
        self.session = session or requests.Session()
        self.session.verify = True

    def replay(self, url, event):
        return self.session.post(url, json=event, timeout=5)


def insecure_replayer():
    r = WebhookReplayer()
    r.session.verify = False
    return r
