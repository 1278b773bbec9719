import os

import httpx

WHOLESALER_OPTS = {"timeout": 30.0, "verify": True, "http2": True}


def _client_kwargs(**extra):
    opts = dict(WHOLESALER_OPTS)
    opts.update(extra)
    return opts


def order_client() -> httpx.Client:
    return httpx.Client(base_url="https://orders.wholesaler.example", **_client_kwargs(verify=False))


def catalogue_client() -> httpx.Client:
    return httpx.Client(base_url="https://catalogue.wholesaler.example", **_client_kwargs())


def recall_client() -> httpx.Client:
    verify = os.environ.get("RECALL_CA", "/etc/pharmacy/wholesaler-ca.pem")
    return httpx.Client(base_url="https://recalls.wholesaler.example", **_client_kwargs(verify=verify))
