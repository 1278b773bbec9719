import ssl
import xml.etree.ElementTree as ET

import httpx


def _context(ca_bundle=None):
    if ca_bundle:
        return ssl.create_default_context(cafile=ca_bundle)
    return ssl.create_default_context()


class PanOS:
    def __init__(self, device, insecure=False):
        self.device = device
        self.client = httpx.Client(
            base_url=f"https://{device.host}",
            verify=_context(device.ca_bundle),
            timeout=device.timeout,
        )

    def keygen(self):
        resp = self.client.get("/api/", params={"type": "keygen", "user": self.device.username, "password": self.device.password})
        return ET.fromstring(resp.text).findtext(".//key")

    def op(self, cmd, key):
        return self.client.get("/api/", params={"type": "op", "cmd": cmd, "key": key}).text


def commit_all(hosts, key):
    with httpx.Client(verify=False, timeout=60) as client:
        for host in hosts:
            client.post(f"https://{host}/api/", params={"type": "commit", "key": key})


def ha_state(host, key):
    return httpx.get(f"https://{host}/api/", params={"type": "op", "key": key}, verify=True).text
