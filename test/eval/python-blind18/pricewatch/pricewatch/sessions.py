import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

CA = "/etc/ssl/certs/ca-certificates.crt"


def make_session() -> requests.Session:
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    s.headers["User-Agent"] = "pricewatch/1.4 (+https://pricewatch.example.com/bot)"
    return s


def scrape(url: str) -> str:
    session = make_session()
    session.verify = False
    return session.get(url, timeout=15).text


def scrape_strict(url: str) -> str:
    session = make_session()
    session.verify = CA
    return session.get(url, timeout=15).text


def scrape_many(urls):
    with make_session() as s:
        return [s.get(u, timeout=15, verify=CA).text for u in urls]


def probe(url: str, insecure: bool = False) -> int:
    return requests.head(url, verify=not insecure, timeout=5).status_code


def probe_all(urls):
    return [probe(u, insecure=True) for u in urls]
