#!/usr/bin/python
# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function

DOCUMENTATION = r"""
module: appliance_backup
short_description: Trigger a configuration backup on an appliance
options:
  host:
    type: str
    required: true
  validate_certs:
    description:
      - If C(false), SSL certificates will not be validated (verify=False).
      - This should only be used on personally controlled sites using self-signed certificates.
    type: bool
    default: true
"""

EXAMPLES = r"""
- name: Backup the F5
  infra.appliances.appliance_backup:
    host: f5-a.dc1.example.com
    validate_certs: false
"""

import requests
from ansible.module_utils.basic import AnsibleModule


def main():
    module = AnsibleModule(
        argument_spec=dict(
            host=dict(type="str", required=True),
            username=dict(type="str", required=True),
            password=dict(type="str", required=True, no_log=True),
            validate_certs=dict(type="bool", default=True),
            ca_path=dict(type="path"),
        ),
        supports_check_mode=True,
    )
    p = module.params
    verify = p["ca_path"] or p["validate_certs"]
    url = "https://%s/mgmt/tm/sys/ucs" % p["host"]
    if module.check_mode:
        module.exit_json(changed=True)
    resp = requests.post(url, auth=(p["username"], p["password"]), json={"command": "save"}, verify=verify)
    if resp.status_code != 200:
        module.fail_json(msg="backup failed: %s" % resp.text)
    module.exit_json(changed=True, result=resp.json())


if __name__ == "__main__":
    main()
