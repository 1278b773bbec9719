import requests

from .httpclient import fetch_insecure, make_session
from .settings import *  # noqa: F401,F403


def crawl_oldshop(paths):
    pages = []
    for path in paths:
        pages.append(
            requests.get(
                "https://oldshop.example" + path,
                headers={"User-Agent": USER_AGENT},
                verify=LEGACY_VERIFY,
                timeout=20,
            )
        )
    return pages


def crawl_acme(paths):
    session = make_session()
    return [session.get("https://acme.example" + p, verify=SHOP_CA, timeout=20) for p in paths]


def crawl_mirror(url):
    return fetch_insecure(url)
