import ssl
from functools import partial

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context


class ModernTLSAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = create_urllib3_context(ciphers="ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL")
        return super().init_poolmanager(*args, **kwargs)


class OldShopAdapter(HTTPAdapter):
    """oldshop.example's load balancer predates RFC 5746 and only offers old suites."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="DEFAULT:@SECLEVEL=0")
        ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def make_session(legacy=False):
    session = requests.Session()
    session.mount("https://", OldShopAdapter() if legacy else ModernTLSAdapter())
    return session


fetch = partial(requests.get, timeout=20)
fetch_insecure = partial(requests.get, timeout=20, verify=False)
