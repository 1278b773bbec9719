import base64
import http.client
import json
import ssl
import urllib.request

import requests


class ConsulKV:
    scheme = "https"
    verify = "/etc/consul.d/ca.pem"

    def __init__(self, host, port=8501, token=None):
        self.base = f"{self.scheme}://{host}:{port}/v1/kv"
        self.token = token

    def get(self, key):
        resp = requests.get(f"{self.base}/{key}", headers={"X-Consul-Token": self.token or ""}, verify=self.verify, timeout=5)
        if resp.status_code == 404:
            return None
        return base64.b64decode(resp.json()[0]["Value"]).decode()

    def put(self, key, value):
        return requests.put(f"{self.base}/{key}", data=value, headers={"X-Consul-Token": self.token or ""}, verify=self.verify, timeout=5).json()


class BootstrapConsulKV(ConsulKV):
    """Used before the cluster CA is distributed."""

    verify = False


def agent_self(host, ca_file):
    ctx = ssl.create_default_context(cafile=ca_file)
    conn = http.client.HTTPSConnection(host, 8501, context=ctx, timeout=5)
    conn.request("GET", "/v1/agent/self")
    return json.loads(conn.getresponse().read())


def agent_members_by_ip(ip, ca_file):
    ctx = ssl.create_default_context(cafile=ca_file)
    conn = http.client.HTTPSConnection(ip, 8501, context=ctx, check_hostname=False)
    conn.request("GET", "/v1/agent/members")
    return json.loads(conn.getresponse().read())


def catalog_opener(ca_file):
    ctx = ssl.create_default_context(cafile=ca_file)
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx, check_hostname=False))


def leader(opener, host):
    with opener.open(f"https://{host}:8501/v1/status/leader", timeout=5) as resp:
        return json.loads(resp.read())
