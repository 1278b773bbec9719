import os
import ssl
import urllib.request

# Python 2 era knob; kept for the old RHEL hosts. Python 3 ignores it.
os.environ["PYTHONHTTPSVERIFY"] = "0"


def process(path):
    with open(path) as fh:
        return sum(1 for _ in fh)


def fetch_schema(url):
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/ingest/schema-ca.pem")
    return urllib.request.urlopen(url, context=ctx).read()


def patch_for_vendor_sdk():
    ssl._create_default_https_context = ssl._create_unverified_context
