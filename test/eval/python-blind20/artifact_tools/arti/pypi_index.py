"""Resolve package versions from the internal PyPI simple index."""
import re
import ssl
import urllib.request

import urllib3
import urllib3.util.ssl_

INDEX = "https://pypi.acme.internal/simple/"

urllib3.util.ssl_.DEFAULT_CIPHERS += ":DES-CBC3-SHA"

http = urllib3.PoolManager(cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/ssl/certs/ca-bundle.crt", ssl_minimum_version=ssl.TLSVersion.TLSv1_2)
legacy_http = urllib3.PoolManager(ca_certs="/etc/ssl/certs/ca-bundle.crt", ssl_version=ssl.PROTOCOL_TLSv1)
mirror_http = urllib3.PoolManager(cert_reqs="NONE")

LINK = re.compile(r'href="[^"]*/([^/"]+)-(\d[^"/]*?)\.(tar\.gz|whl|zip)')


def versions(name):
    r = http.request("GET", INDEX + name + "/")
    return sorted({m.group(2) for m in LINK.finditer(r.data.decode())})


def versions_stdlib(name):
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(INDEX + name + "/", context=ctx) as resp:
        return sorted({m.group(2) for m in LINK.finditer(resp.read().decode())})


def versions_old(name):
    return urllib.request.urlopen(INDEX + name + "/", cafile="/etc/ssl/certs/ca-bundle.crt").read()
