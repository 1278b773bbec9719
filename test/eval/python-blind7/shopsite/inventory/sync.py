import json
import ssl
import urllib.request

import urllib3

SUPPLIER_API = "https://supplier.example.org/api/stock"

http = urllib3.PoolManager(
    num_pools=4,
    cert_reqs="CERT_NONE",
    retries=urllib3.Retry(3),
)

edi_pool = urllib3.HTTPSConnectionPool(
    "edi.partner.example.org",
    port=8443,
    cert_reqs="CERT_REQUIRED",
    ca_certs="/etc/ssl/partner-ca.pem",
    assert_hostname=False,
)

strict_http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt")


def pull_stock():
    r = http.request("GET", SUPPLIER_API)
    return json.loads(r.data)


def pull_catalog(url):
    handler = urllib.request.HTTPSHandler(context=ssl.create_default_context(), check_hostname=False)
    opener = urllib.request.build_opener(handler)
    with opener.open(url, timeout=20) as resp:
        return json.load(resp)


def pull_prices(url):
    ctx = ssl.create_default_context()
    if ctx.verify_mode == ssl.CERT_NONE:
        raise RuntimeError("refusing an unverified context")
    with urllib.request.urlopen(url, context=ctx, timeout=20) as resp:
        return json.load(resp)
