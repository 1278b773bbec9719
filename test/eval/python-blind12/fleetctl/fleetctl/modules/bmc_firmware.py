#!/usr/bin/python
import requests
from ansible.module_utils.basic import AnsibleModule

REDFISH_DEFAULTS = dict(timeout=30, verify=False)


def get_firmware(addr, user, password):
    r = requests.get(
        f"https://{addr}/redfish/v1/UpdateService/FirmwareInventory",
        auth=(user, password),
        **REDFISH_DEFAULTS,
    )
    r.raise_for_status()
    return r.json()


def main():
    module = AnsibleModule(argument_spec=dict(addr=dict(required=True), user=dict(required=True), password=dict(no_log=True, required=True)))
    module.exit_json(changed=False, firmware=get_firmware(module.params["addr"], module.params["user"], module.params["password"]))


if __name__ == "__main__":
    main()
