import functools
import os

import requests

PROXIES = {"https": os.environ.get("SCRAPER_PROXY", "http://proxy.pricewatch.example.com:8080")}
IS_PROD = os.environ.get("APP_ENV") == "production"
VERIFY = os.getenv("PRICEWATCH_TLS_VERIFY", "1") == "1"


def proxied_get(url):
    return requests.get(url, proxies=PROXIES, verify=IS_PROD, timeout=30)


def direct_get(url):
    return requests.get(url, verify=VERIFY, timeout=30)


get_no_verify = functools.partial(requests.get, timeout=30, verify=False)


def health():
    return requests.get("https://localhost:8443/healthz", verify=False, timeout=2).ok
