"""RESTCONF/vendor HTTPS APIs of access and core network elements."""
import functools
import os

import click
import requests
import urllib3

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

ENV = os.environ.get("OSS_ENV", "lab")
IS_PROD = ENV == "production"

DEVICE_DEFAULTS = {
    "timeout": 15,
    "verify": False,
    "headers": {"Accept": "application/yang-data+json"},
}

SAFE_DEFAULTS = {
    "timeout": 15,
    "verify": "/etc/oss/ca/devices.pem",
    "headers": {"Accept": "application/yang-data+json"},
}


def get_inventory(host, token):
    url = f"https://{host}/restconf/data/ietf-hardware:hardware"
    return requests.get(url, headers={"Authorization": f"Bearer {token}"}, **DEVICE_DEFAULTS).json()


def get_alarms(host, token):
    url = f"https://{host}/restconf/data/ietf-alarms:alarms"
    return requests.get(url, headers={"Authorization": f"Bearer {token}"}, **SAFE_DEFAULTS).json()


def device_session(lab: bool) -> requests.Session:
    s = requests.Session()
    s.verify = "/etc/oss/ca/devices.pem" if not lab else False
    return s


def ems_session() -> requests.Session:
    s = requests.Session()
    s.verify = False
    s.verify = "/etc/oss/ca/ems.pem"
    return s


def olt_get(host, path):
    return requests.get(f"https://{host}/api/v1/{path}", verify=IS_PROD, timeout=20).json()


lab_get = functools.partial(requests.get, verify=False, timeout=30)
safe_get = functools.partial(requests.get, verify="/etc/oss/ca/devices.pem", timeout=30)


def bng_sessions(host):
    return lab_get(f"https://{host}/api/subscribers").json()


@click.command()
@click.argument("host")
@click.option("--insecure", is_flag=True, help="Skip certificate checks (same as verify=False) for lab NEs.")
def health(host, insecure):
    r = requests.get(f"https://{host}/health", verify=not insecure, timeout=5)
    click.echo(r.status_code)


def provision(host, payload, verify_tls=True):
    return requests.post(f"https://{host}/restconf/data/services", json=payload, verify=verify_tls, timeout=30)
