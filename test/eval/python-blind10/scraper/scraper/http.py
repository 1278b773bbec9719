"""requests sessions used by the spiders."""
import ssl

import certifi
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context


class LegacySiteAdapter(HTTPAdapter):
    """Some supplier portals still run old appliances."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        ctx.set_ciphers("DEFAULT:!aNULL:DES-CBC3-SHA")
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class ModernAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context()
        ctx.load_verify_locations(certifi.where())
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5")
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def make_session(legacy=False):
    session = requests.Session()
    session.headers["User-Agent"] = "catalog-scraper/0.7 (+https://example.com/bot)"
    if legacy:
        session.mount("https://", LegacySiteAdapter())
    else:
        session.mount("https://", ModernAdapter())
    return session


def supplier_session():
    session = make_session()
    session.verify = False
    session.cert = ("/etc/scraper/client.pem", "/etc/scraper/client.key")
    return session


def vendor_session():
    session = make_session()
    session.verify = False
    session.verify = certifi.where()
    return session
