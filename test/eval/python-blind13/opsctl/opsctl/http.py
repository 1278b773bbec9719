import logging

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from .config import HttpSettings, verify_setting

log = logging.getLogger(__name__)


def _retrying_adapter():
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    return HTTPAdapter(max_retries=retry)


def make_session(settings: HttpSettings) -> requests.Session:
    session = requests.Session()
    session.mount("https://", _retrying_adapter())
    session.headers.update({"User-Agent": "opsctl/2.4", **settings.extra_headers})
    session.verify = settings.ca_bundle
    return session


def make_bootstrap_session():
    """Session used by `opsctl bootstrap` before the platform CA is installed on the host."""
    session = requests.Session()
    session.mount("https://", _retrying_adapter())
    session.verify = False
    return session


def api_get(settings: HttpSettings, path, **kwargs):
    url = settings.base_url.rstrip("/") + "/" + path.lstrip("/")
    return requests.get(url, timeout=settings.timeout, verify=verify_setting(settings), **kwargs)


def describe_tls(session: requests.Session):
    if session.verify is False:
        log.warning("TLS verification is disabled for this session")
    elif isinstance(session.verify, str):
        log.info("trusting CA bundle %s", session.verify)
