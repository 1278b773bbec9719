# -*- coding: utf-8 -*-
# Vendored compatibility shim: Python 2.7 (RHEL 7 controllers) and Python 3.
from __future__ import absolute_import, division, print_function

__metaclass__ = type

try:
    import ssl
    HAS_SSL = True
except ImportError:
    ssl = None
    HAS_SSL = False

try:
    import urllib2 as urllib_request
except ImportError:
    import urllib.request as urllib_request

HAS_SNI = HAS_SSL and getattr(ssl, "HAS_SNI", False)
HAS_CREATE_DEFAULT_CONTEXT = HAS_SSL and hasattr(ssl, "create_default_context")


def make_context(validate_certs=True, ca_path=None):
    if not HAS_SSL:
        raise RuntimeError("python was built without ssl")
    if not validate_certs:
        return ssl._create_unverified_context()
    if HAS_CREATE_DEFAULT_CONTEXT:
        return ssl.create_default_context(cafile=ca_path)
    return None


def disable_global_verification():
    """Last resort for the 2.7.5 controllers, where urlopen has no context argument."""
    if hasattr(ssl, "_create_unverified_context"):
        ssl._create_default_https_context = ssl._create_unverified_context


def legacy_socket(sock, ca_path=None):
    if ca_path:
        return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca_path, ssl_version=ssl.PROTOCOL_TLSv1_2)
    return ssl.wrap_socket(sock)
