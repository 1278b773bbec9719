import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

DEFAULT_CA = os.environ.get("HTTPKIT_CA_BUNDLE", True)


def make_session(retries=3, backoff=0.3):
    s = requests.Session()
    retry = Retry(total=retries, backoff_factor=backoff, status_forcelist=(502, 503, 504))
    s.mount("https://", HTTPAdapter(max_retries=retry, pool_maxsize=32))
    s.headers["User-Agent"] = "httpkit/1.6"
    s.verify = DEFAULT_CA
    return s


def vendor_session():
    session = make_session(retries=5)
    session.verify = False
    session.headers["X-Vendor-Key"] = os.environ.get("VENDOR_KEY", "")
    return session


def reporting_session():
    session = make_session()
    session.verify = False
    session.verify = "/etc/ssl/certs/reporting-ca.pem"
    return session
