"""Fetchers kept for the old XML-RPC and rate-sheet endpoints."""
import http.client
import ssl
import urllib.request
import xmlrpc.client

_RATE_CTX = None


def _setup():
    global _RATE_CTX
    _RATE_CTX = ssl._create_unverified_context()


def download_rates(url):
    if _RATE_CTX is None:
        _setup()
    with urllib.request.urlopen(url, context=_RATE_CTX, timeout=20) as resp:
        return resp.read()


def quote_service(endpoint):
    ctx = ssl._create_stdlib_context()
    return xmlrpc.client.ServerProxy(endpoint, context=ctx)


def build_opener():
    handler = urllib.request.HTTPSHandler(check_hostname=False)
    return urllib.request.build_opener(handler)


def fetch_with_cafile(url):
    return urllib.request.urlopen(url, cafile="/etc/harbor/ca.pem")


def legacy_post(host, body):
    conn = http.client.HTTPSConnection(host, 443, key_file="/etc/harbor/client.key", cert_file="/etc/harbor/client.crt")
    conn.request("POST", "/rpc", body)
    return conn.getresponse().read()


def legacy_get(host):
    conn = http.client.HTTPSConnection(host, check_hostname=False)
    conn.request("GET", "/")
    return conn.getresponse().status


def hardened_fetch(url):
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/harbor/ca.pem")
    return urllib.request.urlopen(url, context=ctx).read()
