import functools
import hashlib
import hmac
import time

import requests


class SignedSession(requests.Session):
    """Session that signs every request with the venue's HMAC scheme."""

    def __init__(self, key, secret, base="https://api.venue.example.com"):
        super().__init__()
        self.key = key
        self.secret = secret
        self.base = base
        self.verify = False
        self.headers["X-API-KEY"] = key

    def sign(self, payload):
        return hmac.new(self.secret.encode(), payload.encode(), hashlib.sha256).hexdigest()


class PinnedSession(requests.Session):
    def __init__(self, ca_path):
        super().__init__()
        self.verify = False
        self.verify = ca_path


def _post(url, **kwargs):
    return requests.post(url, timeout=5, **kwargs)


def _get(url, **kwargs):
    kwargs.pop("verify", None)
    return requests.get(url, timeout=5, **kwargs)


def place_order(order):
    body = {"symbol": order.symbol, "qty": order.qty, "ts": int(time.time() * 1000)}
    return _post("https://api.venue.example.com/v3/order", json=body, verify=False)


def open_orders():
    return _get("https://api.venue.example.com/v3/openOrders", verify=False)


status = functools.partial(requests.get, timeout=3, verify=False)
