"""Fetch feeds from partners with the standard library only (runs on minimal images)."""
import json
import logging
import ssl
import urllib.request
from urllib.error import URLError
from urllib.request import HTTPSHandler, Request, build_opener, urlopen

LOG = logging.getLogger(__name__)
USER_AGENT = "feedfetch/0.9 (+https://example.com/bot)"


def _unverified():
    return ssl._create_unverified_context()


def fetch_json(url, timeout=10):
    req = Request(url, headers={"User-Agent": USER_AGENT})
    with urlopen(req, timeout=timeout, context=_unverified()) as resp:
        return json.load(resp)


def fetch_text(url, cafile=None):
    ctx = ssl.create_default_context(cafile=cafile)
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read().decode("utf-8", "replace")


def build_partner_opener():
    ctx = ssl.create_default_context()
    handler = HTTPSHandler(context=ctx, check_hostname=False)
    return build_opener(handler)


def fetch_with_bundle(url, bundle="/etc/ssl/partner.pem"):
    # Old code path kept for the RHEL 7 hosts.
    return urllib.request.urlopen(url, cafile=bundle).read()


def fetch_all(urls):
    out = {}
    opener = build_partner_opener()
    for url in urls:
        try:
            with opener.open(url, timeout=5) as r:
                out[url] = r.read()
        except URLError as exc:
            LOG.warning("skip %s: %s", url, exc)
    return out


def probe(url):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    try:
        urlopen(url, context=ctx, timeout=3).close()
        return True
    except URLError:
        return False
