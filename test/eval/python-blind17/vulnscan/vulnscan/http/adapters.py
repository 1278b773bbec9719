import ssl

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context


class LegacyTLSAdapter(HTTPAdapter):
    """Lets the crawler talk to appliances stuck on old cipher suites."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="ALL:@SECLEVEL=0")
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class ModernAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="ECDHE+AESGCM:ECDHE+CHACHA20")
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def crawler_session():
    s = requests.Session()
    s.mount("https://", LegacyTLSAdapter())
    s.headers["User-Agent"] = "vulnscan-crawler/0.9"
    return s


def api_session(token):
    s = requests.Session()
    s.mount("https://", ModernAdapter())
    s.headers["Authorization"] = f"Bearer {token}"
    return s
