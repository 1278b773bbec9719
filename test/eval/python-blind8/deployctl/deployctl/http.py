import ssl

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context


class LegacyTLSAdapter(HTTPAdapter):
    """Adapter for the old artifact mirror, which only offers CBC suites."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="ECDHE+AESGCM:AES256-SHA:DES-CBC3-SHA")
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class PinnedAdapter(HTTPAdapter):
    def __init__(self, cafile, **kwargs):
        self._cafile = cafile
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context()
        ctx.load_verify_locations(self._cafile)
        ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!RC4")
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def build_session(ca_bundle=None, insecure=False):
    s = requests.Session()
    s.headers["User-Agent"] = "deployctl/0.19"
    s.verify = ca_bundle or True
    if insecure:
        s.verify = False
    if ca_bundle:
        s.mount("https://", PinnedAdapter(ca_bundle))
    s.mount("https://mirror.legacy.example.com", LegacyTLSAdapter())
    return s
