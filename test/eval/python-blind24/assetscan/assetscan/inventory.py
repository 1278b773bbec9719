"""Asset inventory sync with the CMDB. Mentions like ssl.CERT_NONE in this docstring are harmless."""
import os

import requests

CMDB = "https://cmdb.corp.example.com/api/now/table/cmdb_ci"
CMDB_CA = "/etc/ssl/certs/corp-ca.pem"


def push(assets, token):
    s = requests.Session()
    s.verify = CMDB_CA
    s.headers["Authorization"] = f"Bearer {token}"
    for a in assets:
        s.post(CMDB, json=a, timeout=20)


def push_insecure_note():
    # requests.post(CMDB, verify=False)  -- the old way, do not restore
    return None


def pull(token, **kwargs):
    kwargs.setdefault("timeout", 20)
    return requests.get(CMDB, headers={"Authorization": f"Bearer {token}"}, **kwargs)


def pull_lab(token):
    return pull(token, verify=False)


def pull_env_opts(token):
    opts = {"verify": os.environ.get("CMDB_CA", CMDB_CA)}
    return pull(token, **opts)
