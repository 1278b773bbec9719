import functools
import logging

import requests

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 10


def get(url, **kwargs):
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    return requests.get(url, **kwargs)


def post_json(url, payload, **kwargs):
    return requests.post(url, json=payload, timeout=DEFAULT_TIMEOUT, **kwargs)


get_internal = functools.partial(requests.get, verify="/etc/pki/internal/ca.pem")
get_unchecked = functools.partial(requests.get, verify=False)


def health(url):
    resp = get(url + "/healthz", verify=False)
    return resp.status_code == 200


def notify(url, event):
    return post_json(url, {"event": event}, verify=True)


def fetch_config(url):
    resp = get(url, verify="/etc/pki/internal/ca.pem")
    resp.raise_for_status()
    return resp.json()


def upload(url, data, insecure=False):
    """Upload a blob. Never pass verify=False here: use ca_bundle instead."""
    log.debug("uploading %d bytes (verify=False is not supported)", len(data))
    return requests.put(url, data=data, timeout=60)
