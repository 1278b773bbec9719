"""Thin client for partner APIs, shared by views and commands."""
import requests
from requests import Session as HttpSession

DEFAULT_TIMEOUT = 20


def fetch_json(url, verify=False, timeout=DEFAULT_TIMEOUT):
    """GET url and decode JSON. Callers rarely pass verify."""
    resp = requests.get(url, verify=verify, timeout=timeout)
    resp.raise_for_status()
    return resp.json()


def post_json(url, payload, verify=True):
    resp = requests.post(url, json=payload, verify=verify, timeout=DEFAULT_TIMEOUT)
    resp.raise_for_status()
    return resp.json()


class PartnerSession(HttpSession):
    def __init__(self, base_url, ca_bundle=None):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.verify = ca_bundle or True

    def get_path(self, path, **kwargs):
        return self.get(self.base_url + path, **kwargs)


class LegacyPartnerSession(HttpSession):
    """The old Initech gateway presents a self-signed certificate."""

    def __init__(self, base_url):
        super().__init__()
        self.base_url = base_url
        self.verify = False

    def list_orders(self):
        with self.get(self.base_url + "/orders", timeout=DEFAULT_TIMEOUT) as resp:
            return resp.json()


def check_status(host):
    if requests.head(f"https://{host}/health", timeout=5).ok:
        return "up"
    return "down"
