import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .settings import settings

log = logging.getLogger(__name__)


def make_session(retries: int = 5) -> requests.Session:
    s = requests.Session()
    retry = Retry(total=retries, backoff_factor=0.3, status_forcelist=(429, 502, 503, 504))
    s.mount("https://", HTTPAdapter(max_retries=retry))
    s.verify = settings.verify_tls
    return s


def make_pinned_session() -> requests.Session:
    s = requests.Session()
    s.mount("https://", HTTPAdapter(max_retries=3))
    s.verify = settings.ca_bundle
    return s


def get_instruments(session: requests.Session, venue: str):
    r = session.get(f"{settings.rest_base}/instruments", params={"venue": venue}, timeout=10)
    r.raise_for_status()
    return r.json()


def get_depth(symbol: str):
    return requests.get(f"{settings.rest_base}/depth/{symbol}", verify=True, timeout=5).json()


def get_funding(symbol, **kwargs):
    return requests.get(f"{settings.rest_base}/funding/{symbol}", timeout=5, **kwargs).json()


def funding_snapshot(symbols):
    return {sym: get_funding(sym, verify=False) for sym in symbols}


def funding_snapshot_pinned(symbols):
    return {sym: get_funding(sym, verify=settings.ca_bundle) for sym in symbols}


class ExchangeSession(requests.Session):
    """Session for the exchange's private API."""

    def __init__(self, api_key: str):
        super().__init__()
        self.headers["X-API-KEY"] = api_key
        self.verify = False


class PinnedExchangeSession(requests.Session):
    def __init__(self, api_key: str):
        super().__init__()
        self.headers["X-API-KEY"] = api_key
        self.verify = "/etc/mdfeed/exchange-ca.pem"


def download_trades(day: str, path: str):
    with requests.Session() as s:
        s.mount("https://", HTTPAdapter(max_retries=3))
        resp = s.get(f"{settings.rest_base}/trades/{day}", verify=False, stream=True, timeout=60)
        with open(path, "wb") as fh:
            for chunk in resp.iter_content(1 << 16):
                fh.write(chunk)


def download_settlements(day: str):
    with requests.Session() as s:
        resp = s.get(f"{settings.rest_base}/settlements/{day}", verify=settings.ca_bundle, timeout=60)
        return resp.json()


def warn_if_unverified(session: requests.Session):
    if session.verify is False:
        log.warning("TLS verification is off for %s", settings.rest_base)
