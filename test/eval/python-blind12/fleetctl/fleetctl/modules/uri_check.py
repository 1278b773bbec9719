#!/usr/bin/python
DOCUMENTATION = r"""
module: uri_check
short_description: Check an HTTPS endpoint answers
options:
  url: {type: str, required: true}
  validate_certs:
    description: If C(false), SSL certificates will not be validated (verify=False).
    type: bool
    default: true
"""

import requests
from ansible.module_utils.basic import AnsibleModule


def run_module():
    module = AnsibleModule(
        argument_spec=dict(
            url=dict(type="str", required=True),
            validate_certs=dict(type="bool", default=True),
            ca_path=dict(type="path", required=False),
        ),
        supports_check_mode=True,
    )
    verify = module.params["ca_path"] or module.params["validate_certs"]
    try:
        resp = requests.get(module.params["url"], verify=verify, timeout=10)
    except requests.RequestException as exc:
        module.fail_json(msg=str(exc))
    module.exit_json(changed=False, status=resp.status_code)


if __name__ == "__main__":
    run_module()
