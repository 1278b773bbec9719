import httpx
import requests

from .config import settings


def market_client() -> httpx.Client:
    return httpx.Client(base_url=settings.api_base, verify=settings.verify_tls, timeout=10.0)


def sandbox_client() -> httpx.Client:
    return httpx.Client(base_url="https://sandbox.venue.example.com", verify=settings.sandbox_verify)


def ticker(symbol):
    resp = requests.get(f"{settings.api_base}/ticker/{symbol}", verify=settings.ca_bundle, timeout=5)
    resp.raise_for_status()
    return resp.json()


def klines(symbol, interval="1m"):
    return requests.get(f"{settings.api_base}/klines", params={"symbol": symbol, "interval": interval}, verify=True)


def depth(symbol, verify=True):
    return requests.get(f"{settings.api_base}/depth/{symbol}", verify=verify)
