import ssl
import urllib.request

import requests

from . import settings


def fetch_catalog():
    return requests.get(f"{settings.WAREHOUSE_URL}/catalog", verify=settings.WAREHOUSE_CA, timeout=10).json()


def fetch_legacy(url):
    ctx = ssl.create_default_context(cafile=settings.WAREHOUSE_CA)
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()
