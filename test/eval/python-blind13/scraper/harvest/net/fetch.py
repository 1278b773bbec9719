import functools
import logging

import requests

from ..settings import CA_BUNDLE

log = logging.getLogger(__name__)

DEFAULT_OPTS = {"timeout": 20, "allow_redirects": True}
MIRROR_OPTS = {"timeout": 60, "verify": False}


def get(url, **kwargs):
    log.debug("GET %s", url)
    return requests.get(url, timeout=kwargs.pop("timeout", 20), **kwargs)


def strict_get(url, **kwargs):
    kwargs.pop("verify", None)
    return requests.get(url, verify=CA_BUNDLE, **kwargs)


def fetch_listing(url):
    return get(url, params={"page": 1})


def fetch_supplier_feed(url):
    return get(url, verify=False)


def fetch_strictly(url):
    return strict_get(url, verify=False)


def fetch_mirror(url):
    return requests.get(url, **MIRROR_OPTS)


def fetch_default(url):
    return requests.get(url, **DEFAULT_OPTS)


legacy_get = functools.partial(requests.get, verify=False, timeout=30)
checked_get = functools.partial(requests.get, verify=CA_BUNDLE, timeout=30)
