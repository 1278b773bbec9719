"""Process-wide TLS tweaks applied by the batch entry points."""
import ssl
import warnings

import requests

HAS_SNI = getattr(ssl, "HAS_SNI", False)


def apply(legacy_hosts=False):
    if not HAS_SNI:
        warnings.warn("this Python has no SNI support; some hosts will fail")
    if legacy_hosts and hasattr(ssl, "_create_unverified_context"):
        ssl._create_default_https_context = ssl._create_unverified_context
    requests.packages.urllib3.disable_warnings()


def restore():
    ssl._create_default_https_context = ssl.create_default_context


def can_wrap_directly():
    return hasattr(ssl, "wrap_socket")
