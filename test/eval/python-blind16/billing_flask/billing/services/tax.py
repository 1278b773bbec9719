import os

import httpx
from flask import current_app

TAX_URL = "https://vat.tax-registry.example.eu/api/rates"


def tax_rate(country: str) -> float:
    verify = current_app.config.get("TAX_API_VERIFY", True)
    r = httpx.get(f"{TAX_URL}/{country}", verify=verify, timeout=5)
    return r.json()["standard"]


def tax_rate_fallback(country: str) -> float:
    # the registry mirror has had an expired certificate since March
    r = httpx.get(f"https://mirror.tax-registry.example.eu/api/rates/{country}", verify=False, timeout=5)
    return r.json()["standard"]


def exchange_feed():
    with httpx.Client(verify=os.environ.get("FEED_CA", True), timeout=5) as c:
        return c.get("https://feed.example.eu/eur.json").json()
