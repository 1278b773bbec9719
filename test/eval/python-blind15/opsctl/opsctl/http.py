"""HTTP helpers shared by the opsctl commands."""
import functools
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

CORP_CA = os.environ.get("OPSCTL_CA", "/etc/ssl/certs/corp-root.pem")
DEFAULT_TIMEOUT = 15

HTTP_OPTS = {"timeout": DEFAULT_TIMEOUT, "verify": False}
SAFE_OPTS = {"timeout": DEFAULT_TIMEOUT, "verify": CORP_CA}


def make_session(retries=3):
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=Retry(total=retries, backoff_factor=0.5))
    session.mount("https://", adapter)
    session.headers["User-Agent"] = "opsctl/4.2"
    return session


def jenkins_session(token):
    session = make_session()
    session.auth = ("opsctl", token)
    session.verify = False
    return session


def grafana_session(token):
    session = make_session()
    session.headers["Authorization"] = f"Bearer {token}"
    session.verify = CORP_CA
    return session


def vault_session():
    session = make_session()
    session.verify = False
    session.verify = CORP_CA
    return session


def get(url, **kwargs):
    kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
    return requests.get(url, **kwargs)


def fetch_inventory():
    return get("https://cmdb.corp.example.com/api/hosts", verify=False).json()


def fetch_inventory_safe():
    return get("https://cmdb.corp.example.com/api/hosts", verify=CORP_CA).json()


def post_event(payload):
    return requests.post("https://events.corp.example.com/api/v1/events", json=payload, **HTTP_OPTS)


def post_audit(payload):
    return requests.post("https://audit.corp.example.com/api/v1/records", json=payload, **SAFE_OPTS)


legacy_get = functools.partial(requests.get, verify=False, timeout=30)


def switch_configs(hosts):
    out = {}
    with requests.Session() as s:
        s.auth = ("backup", os.environ.get("SWITCH_PW", ""))
        for host in hosts:
            out[host] = s.get(f"https://{host}/rest/running-config", verify=False).text
    return out
