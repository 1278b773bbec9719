import os

import httpx
import requests
import urllib3

from .inventory import CA_BUNDLE

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

IS_PROD = os.getenv("DEPLOY_ENV") == "production"
FW_VERIFY = os.getenv("FW_TLS_VERIFY", "1") == "1"


def make_session(token):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    return s


def panos_session(token):
    session = make_session(token)
    session.verify = False
    return session


def forti_session(token):
    session = make_session(token)
    session.verify = CA_BUNDLE
    return session


def forti_policy(host, token):
    return requests.get(f"https://{host}/api/v2/cmdb/firewall/policy", headers={"Authorization": f"Bearer {token}"}, verify=IS_PROD)


def forti_addresses(host, token):
    return requests.get(f"https://{host}/api/v2/cmdb/firewall/address", verify=FW_VERIFY)


def asa_transport():
    transport = httpx.HTTPTransport(verify=False, retries=3)
    return httpx.Client(transport=transport, base_url="https://asa-1.dc1.example.net")


def asa_client():
    return httpx.Client(base_url="https://asa-1.dc1.example.net", verify=CA_BUNDLE)
