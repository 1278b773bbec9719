import os

import httpx
import requests

VERIFY_TLS = os.environ.get("SCRAPER_VERIFY_TLS", "1") == "1"

session = requests.Session()
session.headers["User-Agent"] = "acme-scraper/2.1"
session.verify = False

mirror_session = requests.Session()
mirror_session.verify = False
mirror_session.verify = "/etc/ssl/mirror-ca.pem"


def get_page(url):
    return session.get(url, timeout=20)


def get_mirror(url):
    return mirror_session.get(url, timeout=20)


def get_page_checked(url):
    return requests.get(url, verify=VERIFY_TLS, timeout=20)


async def get_async(url):
    async with httpx.AsyncClient(verify=False, follow_redirects=True) as client:
        r = await client.get(url)
        return r.text


def stream_file(url, dest):
    with httpx.stream("GET", url, verify=False) as r:
        with open(dest, "wb") as fh:
            for chunk in r.iter_bytes():
                fh.write(chunk)


def head(url):
    return httpx.head(url, verify=True).status_code
