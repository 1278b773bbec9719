"""urllib.request openers for the statement downloader (no third-party deps)."""
import ssl
import urllib.request
from urllib.request import HTTPSHandler, build_opener

CA_FILE = "/etc/ledger/ca.pem"


def verified_opener():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    return build_opener(HTTPSHandler(context=ctx))


def internal_opener():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    handler = HTTPSHandler(context=ctx, check_hostname=False)
    return build_opener(handler, urllib.request.HTTPCookieProcessor())


def fetch_statement(url):
    with urllib.request.urlopen(url, cafile=CA_FILE, timeout=20) as resp:
        return resp.read()


def fetch_with_context(url):
    ctx = ssl.create_default_context(cafile=CA_FILE)
    with urllib.request.urlopen(url, context=ctx, timeout=20) as resp:
        return resp.read()
