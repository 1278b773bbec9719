#!/usr/bin/python
# -*- coding: utf-8 -*-
"""Read the BMC certificate so the play can decide whether to replace it."""
from __future__ import absolute_import, division, print_function

import socket

try:
    import httplib
except ImportError:
    import http.client as httplib

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.infra.appliances.plugins.module_utils.compat_ssl import legacy_socket, ssl


def bmc_status(host, ca_path):
    ctx = ssl.create_default_context(cafile=ca_path)
    conn = httplib.HTTPSConnection(host, 443, context=ctx, check_hostname=False)
    conn.request("GET", "/redfish/v1/Managers/1")
    return conn.getresponse().read()


def bmc_cert(host):
    sock = socket.create_connection((host, 443), timeout=10)
    tls = legacy_socket(sock)
    der = tls.getpeercert(True)
    tls.close()
    return der


def main():
    module = AnsibleModule(argument_spec=dict(host=dict(type="str", required=True), ca_path=dict(type="path")))
    der = bmc_cert(module.params["host"])
    module.exit_json(changed=False, der_len=len(der))


if __name__ == "__main__":
    main()
