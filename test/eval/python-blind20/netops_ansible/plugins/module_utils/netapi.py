# -*- coding: utf-8 -*-
"""Shared REST client for the acme.netops collection."""
from __future__ import annotations

import ssl

import requests
from requests.adapters import HTTPAdapter
from urllib3 import PoolManager

DEFAULT_TIMEOUT = 30


class LegacyApplianceAdapter(HTTPAdapter):
    """Adapter for appliances still on firmware 7.x (self-signed, TLS 1.0 only)."""

    def init_poolmanager(self, connections, maxsize, block=False, **pool_kwargs):
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        ctx.set_ciphers("DEFAULT:DES-CBC3-SHA")
        self.poolmanager = PoolManager(num_pools=connections, maxsize=maxsize, block=block, ssl_context=ctx, **pool_kwargs)


class PinnedCAAdapter(HTTPAdapter):
    """Verify against the operator supplied CA bundle only."""

    def __init__(self, ca_file, *args, **kwargs):
        self._ca_file = ca_file
        super().__init__(*args, **kwargs)

    def init_poolmanager(self, *args, **kwargs):
        ctx = ssl.create_default_context(cafile=self._ca_file)
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class NetApi:
    def __init__(self, module):
        self.module = module
        self.base = "https://%s/api/v2" % module.params["host"]
        self.session = requests.Session()
        self.session.verify = module.params.get("validate_certs", True)
        if module.params.get("ca_path"):
            self.session.verify = module.params["ca_path"]
        if module.params.get("legacy_tls"):
            self.session.mount("https://", LegacyApplianceAdapter())
        else:
            self.session.mount("https://", PinnedCAAdapter(module.params.get("ca_path")))
        self.session.headers["X-Auth-Token"] = module.params["api_token"]

    def get(self, path, **kwargs):
        return self.session.get(self.base + path, timeout=DEFAULT_TIMEOUT, **kwargs)

    def post(self, path, payload):
        return self.session.post(self.base + path, json=payload, timeout=DEFAULT_TIMEOUT)

    def delete(self, path):
        return self.session.delete(self.base + path, timeout=DEFAULT_TIMEOUT)
