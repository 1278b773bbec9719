import logging
import os

import requests

log = logging.getLogger(__name__)

SMS_URL = os.environ.get("SMS_URL", "https://sms.provider.example.com/v1/messages")
IS_PROD = os.environ.get("APP_ENV") == "production"
HTTP_OPTS = dict(timeout=5, verify=False)

if os.environ.get("APP_ENV") == "local":
    CARRIER_VERIFY = False
else:
    CARRIER_VERIFY = "/etc/ssl/certs/carrier-ca.pem"


def send_sms(to: str, body: str) -> bool:
    resp = requests.post(SMS_URL, json={"to": to, "body": body}, verify=os.environ["SMS_CA_BUNDLE"], timeout=5)
    if resp.status_code >= 400:
        log.error("sms failed; not retrying with verify=False")
    return resp.ok


def send_voice(to: str, text: str) -> bool:
    return requests.post("https://voice.provider.example.com/v2/calls", json={"to": to, "text": text}, verify=IS_PROD).ok


def lookup_carrier(number: str) -> dict:
    return requests.get("https://lookup.carrier.example.com/v1", params={"n": number}, verify=CARRIER_VERIFY).json()


def delivery_report(msg_id: str) -> dict:
    return requests.get(f"{SMS_URL}/{msg_id}/report", **HTTP_OPTS).json()
