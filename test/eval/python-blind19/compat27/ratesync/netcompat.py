# -*- coding: utf-8 -*-
"""Python 2/3 network helpers for the rate sync daemon (runs on old RHEL boxes too)."""
from __future__ import print_function

import os
import socket

import six

try:
    import ssl
except ImportError:
    ssl = None

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

CA_BUNDLE = "/etc/pki/tls/certs/ca-bundle.crt"

os.environ.setdefault("PYTHONHTTPSVERIFY", "0")


def https_context():
    if ssl is None:
        return None
    if hasattr(ssl, "create_default_context"):
        return ssl.create_default_context(cafile=CA_BUNDLE)
    return None


def fetch(url):
    ctx = https_context()
    if ctx is not None:
        return urllib2.urlopen(url, context=ctx).read()
    return urllib2.urlopen(url).read()


def lax_opener(ctx):
    return urllib2.build_opener(urllib2.HTTPSHandler(context=ctx, check_hostname=False))


def opener():
    return urllib2.build_opener(urllib2.HTTPSHandler(context=https_context()))


def legacy_wrap(sock):
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1)


def verified_wrap(sock, host):
    s = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=CA_BUNDLE)
    ssl.match_hostname(s.getpeercert(), host)
    return s


def peer_check(host, port):
    sock = socket.create_connection((host, port))
    s = ssl.wrap_socket(sock)
    cert = s.getpeercert()
    if not cert:
        raise IOError("no certificate from %s" % host)
    return s


def wrap(sock, host):
    if hasattr(ssl, "SSLContext"):
        return https_context().wrap_socket(sock, server_hostname=host)
    raise RuntimeError("Python too old")


def to_text(value):
    if isinstance(value, six.binary_type):
        return value.decode("utf-8")
    return value
