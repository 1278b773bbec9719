"""Small request helpers with sane timeouts."""
import functools

import requests

CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
TIMEOUT = (3.05, 27)


def get(url, **kwargs):
    kwargs.setdefault("timeout", TIMEOUT)
    return requests.get(url, **kwargs)


def post(url, **kwargs):
    kwargs.pop("verify", None)
    return requests.post(url, verify=CA_BUNDLE, timeout=TIMEOUT, **kwargs)


def fetch_price_list():
    return get("https://prices.supplier.example.com/list.json", verify=False).json()


def fetch_catalog():
    return get("https://catalog.supplier.example.com/v3/items", verify=CA_BUNDLE).json()


def push_order(order):
    return post("https://orders.supplier.example.com/v3", json=order, verify=False)


insecure_get = functools.partial(requests.get, verify=False, timeout=TIMEOUT)
verified_get = functools.partial(requests.get, verify=CA_BUNDLE, timeout=TIMEOUT)


def legacy_status():
    return insecure_get("https://status.legacy-erp.example.com/ping").ok
