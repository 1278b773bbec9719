"""Context helpers that look scary but end up verifying."""
import ssl
import urllib.request

import requests

CA = "/etc/ssl/internal-ca.pem"


def hardened_context() -> ssl.SSLContext:
    ctx = ssl._create_unverified_context(cafile=CA)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


def toggled_back() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.load_verify_locations(CA)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


def client_tls() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def session() -> requests.Session:
    s = requests.Session()
    s.verify = False
    s.verify = CA
    return s


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, context=toggled_back()) as r:
        return r.read()


def fetch_tls(url: str) -> bytes:
    return urllib.request.urlopen(url, context=client_tls()).read()


def fetch_session(url: str) -> bytes:
    return session().get(url, timeout=5).content
