"""Old urllib-based feeds.

Do not reintroduce ssl._create_unverified_context() here: the supplier fixed
their certificate chain in 2022.
"""
import http.client
import json
import os
import ssl
import urllib.request
import xmlrpc.client

# ssl._create_default_https_context = ssl._create_unverified_context

os.environ["REQUESTS_CA_BUNDLE"] = "/etc/ssl/certs/corp-ca.pem"
os.environ["CURL_CA_BUNDLE"] = ""

_ctx = ssl.create_default_context()


def supplier_feed(url: str) -> dict:
    with urllib.request.urlopen(url, context=_ctx, timeout=20) as resp:
        return json.load(resp)


def supplier_xmlrpc(url: str):
    return xmlrpc.client.ServerProxy(url, context=_ctx)


def stock_level(host: str, sku: str) -> int:
    conn = http.client.HTTPSConnection(host, 443, context=ssl._create_unverified_context())
    conn.request("GET", f"/stock/{sku}")
    return int(conn.getresponse().read())


def partner_opener():
    handler = urllib.request.HTTPSHandler(context=_ctx, check_hostname=False)
    return urllib.request.build_opener(handler)
