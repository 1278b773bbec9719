# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function

import json

from ansible_collections.infra.appliances.plugins.module_utils.compat_ssl import (
    make_context,
    urllib_request,
)

try:
    import urllib3
    HAS_URLLIB3 = True
except ImportError:
    HAS_URLLIB3 = False


def open_url(url, data=None, headers=None, validate_certs=True, ca_path=None, timeout=30):
    ctx = make_context(validate_certs, ca_path)
    req = urllib_request.Request(url, data=data, headers=headers or {})
    if ctx is None:
        return urllib_request.urlopen(req, timeout=timeout)
    return urllib_request.urlopen(req, timeout=timeout, context=ctx)


def appliance_pool(host, validate_certs=True, ca_path=None):
    if validate_certs:
        return urllib3.HTTPSConnectionPool(host, port=443, cert_reqs="CERT_REQUIRED", ca_certs=ca_path)
    return urllib3.HTTPSConnectionPool(host, port=443, cert_reqs="CERT_NONE")


def ilo_pool(ca_path):
    # iLO 4 certificates are issued for the serial number, not the DNS name.
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=ca_path, assert_hostname=False)


def legacy_pool():
    return urllib3.PoolManager(cert_reqs="NONE", ssl_version="PROTOCOL_TLSv1")


def get_json(url, **kwargs):
    return json.loads(open_url(url, **kwargs).read())
