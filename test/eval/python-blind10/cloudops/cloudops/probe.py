"""Cluster health probes (API servers addressed by IP)."""
import http.client
import json
import os
import ssl
import urllib.request

CLUSTER_CA = "/etc/kubernetes/pki/ca.crt"

os.environ["CURL_CA_BUNDLE"] = ""
os.environ["PYTHONHTTPSVERIFY"] = "0"


def api_context():
    ctx = ssl.create_default_context(cafile=CLUSTER_CA)
    ctx.check_hostname = False
    return ctx


def healthz(ip):
    conn = http.client.HTTPSConnection(ip, 6443, context=api_context(), timeout=5)
    conn.request("GET", "/healthz")
    return conn.getresponse().read() == b"ok"


def readyz(ip):
    ctx = ssl.create_default_context(cafile=CLUSTER_CA)
    ctx.check_hostname = False
    ctx.check_hostname = True
    conn = http.client.HTTPSConnection(ip, 6443, context=ctx, timeout=5)
    conn.request("GET", "/readyz")
    return conn.getresponse().status == 200


def version(ip):
    handler = urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=CLUSTER_CA), check_hostname=False)
    opener = urllib.request.build_opener(handler)
    return json.load(opener.open(f"https://{ip}:6443/version"))


def metrics(url):
    return urllib.request.urlopen(url, cafile=CLUSTER_CA, timeout=5).read()
