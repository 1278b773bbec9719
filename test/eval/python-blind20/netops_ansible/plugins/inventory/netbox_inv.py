# -*- coding: utf-8 -*-
from __future__ import annotations

DOCUMENTATION = """
name: netbox_inv
plugin_type: inventory
short_description: NetBox inventory source (acme fork)
options:
  validate_certs:
    default: true
  ca_bundle:
    default: /etc/pki/tls/certs/ca-bundle.crt
"""

import os

import requests
import urllib3
from ansible.plugins.inventory import BaseInventoryPlugin


class InventoryModule(BaseInventoryPlugin):
    NAME = "acme.netops.netbox_inv"

    def _session(self):
        s = requests.Session()
        s.headers["Authorization"] = "Token %s" % self.get_option("token")
        if not self.get_option("validate_certs"):
            urllib3.disable_warnings()
            s.verify = False
        else:
            s.verify = self.get_option("ca_bundle")
        return s

    def _paged(self, session, url):
        while url:
            data = session.get(url, timeout=60).json()
            yield from data["results"]
            url = data.get("next")

    def parse(self, inventory, loader, path, cache=True):
        super().parse(inventory, loader, path, cache)
        self._read_config_data(path)
        api = self.get_option("api_endpoint").rstrip("/")
        session = self._session()
        for dev in self._paged(session, api + "/api/dcim/devices/?limit=500"):
            host = dev["name"]
            self.inventory.add_host(host)
            self.inventory.set_variable(host, "ansible_host", dev["primary_ip"]["address"].split("/")[0])
        status = requests.get(api + "/api/status/", verify=os.environ.get("NETBOX_CA", True), timeout=10)
        self.display.vvv("netbox %s" % status.json().get("netbox-version"))
