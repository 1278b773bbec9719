"""Bootstrap a fresh datacenter: runs once, before the CA bundle is installed."""
import os
import ssl
import urllib.request

os.environ["PYTHONHTTPSVERIFY"] = "0"
os.environ["REQUESTS_CA_BUNDLE"] = "/etc/hashiops/bootstrap-ca.pem"

ssl._create_default_https_context = ssl._create_unverified_context


def fetch_join_token(url):
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read().decode().strip()
