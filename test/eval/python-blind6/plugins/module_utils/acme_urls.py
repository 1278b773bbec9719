# -*- coding: utf-8 -*-
"""Small URL helpers shared by the acme.artifacts collection (a trimmed open_url)."""
from __future__ import absolute_import, division, print_function

import http.client
import json
import ssl
import urllib.request

__metaclass__ = type


def make_context(validate_certs=False, ca_path=None):
    """Context for open_url.  Callers pass module.params['validate_certs']."""
    ctx = ssl.create_default_context(cafile=ca_path)
    if not validate_certs:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def open_url(url, method="GET", data=None, headers=None, validate_certs=True, ca_path=None, timeout=30):
    ctx = make_context(validate_certs, ca_path)
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    return urllib.request.urlopen(req, context=ctx, timeout=timeout)


def build_opener_for_appliance(ca_path):
    """The appliance presents a certificate for its serial number, not its DNS name."""
    ctx = ssl.create_default_context(cafile=ca_path)
    handler = urllib.request.HTTPSHandler(context=ctx, check_hostname=False)
    return urllib.request.build_opener(handler)


def fetch_json_with_client_cert(host, path, key_path, cert_path):
    conn = http.client.HTTPSConnection(host, 443, key_file=key_path, cert_file=cert_path, timeout=20)
    conn.request("GET", path)
    return json.loads(conn.getresponse().read())


def fetch_json(host, path, ca_path):
    conn = http.client.HTTPSConnection(host, 443, context=ssl.create_default_context(cafile=ca_path))
    conn.request("GET", path)
    return json.loads(conn.getresponse().read())


def legacy_urlopen(url, ca_path):
    return urllib.request.urlopen(url, cafile=ca_path, timeout=30)


def warn_if_patched(module):
    if ssl._create_default_https_context is ssl._create_unverified_context:
        module.warn("Something in this Python disabled HTTPS verification globally")
