#!/usr/bin/python
# -*- coding: utf-8 -*-
DOCUMENTATION = r"""
module: fw_rule
short_description: Manage firewall rules on ACME appliances
options:
  validate_certs:
    description:
      - If C(false), SSL certificates will not be validated (verify=False).
        Only use this on personally controlled sites.
    type: bool
    default: true
"""
import requests
from ansible.module_utils.basic import AnsibleModule

from ..module_utils.netapi import NetApi


def _login(module):
    url = "https://%s/api/v2/auth" % module.params["host"]
    resp = requests.post(url, json={"user": module.params["username"], "password": module.params["password"]}, verify=False, timeout=15)
    resp.raise_for_status()
    return resp.json()["token"]


def main():
    module = AnsibleModule(
        argument_spec=dict(
            host=dict(required=True),
            username=dict(required=True),
            password=dict(required=True, no_log=True),
            validate_certs=dict(type="bool", default=True),
            ca_path=dict(type="path"),
            legacy_tls=dict(type="bool", default=False),
            rule=dict(type="dict", required=True),
            state=dict(choices=["present", "absent"], default="present"),
        ),
        supports_check_mode=True,
    )
    module.params["api_token"] = _login(module)
    api = NetApi(module)
    existing = api.get("/rules/%s" % module.params["rule"]["name"])
    if module.params["state"] == "absent":
        if existing.status_code == 200 and not module.check_mode:
            api.delete("/rules/%s" % module.params["rule"]["name"])
        module.exit_json(changed=existing.status_code == 200)
    verify = module.params["validate_certs"]
    r = requests.get("https://%s/api/v2/health" % module.params["host"], verify=verify, timeout=5)
    if r.status_code != 200:
        module.fail_json(msg="appliance unhealthy")
    api.post("/rules", module.params["rule"])
    module.exit_json(changed=True)


if __name__ == "__main__":
    main()
