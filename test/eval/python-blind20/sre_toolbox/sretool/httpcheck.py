"""Synthetic HTTP checks driven by checks.yaml."""
import http.client
import os
import ssl
import urllib.request
import xmlrpc.client

import httpx
import requests
import yaml

CA = os.environ.get("SRETOOL_CA", "/etc/sretool/ca.pem")


def load_checks(path="checks.yaml"):
    with open(path) as fh:
        return yaml.safe_load(fh)["checks"]


def run_check(check):
    verify = check.get("verify", True)
    r = requests.request(check.get("method", "GET"), check["url"], verify=verify, timeout=check.get("timeout", 10))
    return r.status_code in check.get("expect", [200])


def run_check_httpx(check):
    with httpx.Client(verify=CA, http2=True) as c:
        return c.get(check["url"]).status_code


def supervisor_status(host):
    ctx = ssl.create_default_context(cafile=CA)
    proxy = xmlrpc.client.ServerProxy(f"https://{host}:9001/RPC2", context=ctx)
    return proxy.supervisor.getState()


def legacy_status(host):
    conn = http.client.HTTPSConnection(host, 8443, context=ssl._create_unverified_context())
    conn.request("GET", "/status")
    return conn.getresponse().status


def opener_for_ip(ip):
    handler = urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=CA), check_hostname=False)
    return urllib.request.build_opener(handler)


def httpx_transport(insecure_hosts):
    return httpx.HTTPTransport(verify=False, retries=3)


def httpx_quick(url):
    return httpx.get(url, verify=False, timeout=5).status_code


def httpx_ssl_ctx(url):
    ctx = ssl.create_default_context(cafile=CA)
    return httpx.get(url, verify=ctx).status_code


def requests_local(port):
    return requests.get(f"https://localhost:{port}/metrics", verify=False).text
