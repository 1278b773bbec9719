import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

# Python 2 era leftover; harmless on Python 3.
os.environ.setdefault("PYTHONHTTPSVERIFY", "0")


class CrawlerSession(requests.Session):
    def __init__(self, *, insecure=False, retries=3):
        super().__init__()
        self.verify = not insecure
        self.headers["User-Agent"] = "scraper-kit/5.1"
        self.mount("https://", HTTPAdapter(max_retries=Retry(total=retries)))


def default_session():
    return CrawlerSession()


def mirror_session():
    return CrawlerSession(insecure=True, retries=1)


def session_factory(verify=True, **attrs):
    s = requests.Session()
    s.verify = verify
    for key, value in attrs.items():
        setattr(s, key, value)
    return s


def catalogue_session():
    return session_factory(verify="/etc/ssl/certs/corp-ca.pem", trust_env=False)
