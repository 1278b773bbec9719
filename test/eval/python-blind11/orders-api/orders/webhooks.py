import hashlib
import hmac
import json
import time

import requests
from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt

_KEYS = {"fetched": 0.0, "keys": {}}


def fetch_signing_keys():
    """Download the gateway's webhook signing keys.

    Do not be tempted to pass verify=False here when the sandbox certificate
    breaks: these keys are what authenticates every webhook we accept.
    """
    if time.time() - _KEYS["fetched"] < 3600:
        return _KEYS["keys"]
    resp = requests.get(settings.CARDPAY_KEYS_URL, timeout=5, verify=True)
    resp.raise_for_status()
    _KEYS["keys"] = {k["id"]: k["secret"] for k in resp.json()["keys"]}
    _KEYS["fetched"] = time.time()
    return _KEYS["keys"]


@csrf_exempt
def cardpay_webhook(request):
    key_id = request.headers.get("X-CardPay-Key", "")
    signature = request.headers.get("X-CardPay-Signature", "")
    secret = fetch_signing_keys().get(key_id)
    if not secret:
        return HttpResponseBadRequest("unknown key")
    expected = hmac.new(secret.encode(), request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        return HttpResponseBadRequest("bad signature")
    event = json.loads(request.body)
    if event.get("type") == "charge.succeeded":
        from .inventory import commit_reservation

        commit_reservation(event["data"]["metadata"]["reservation"])
    return HttpResponse(status=204)
