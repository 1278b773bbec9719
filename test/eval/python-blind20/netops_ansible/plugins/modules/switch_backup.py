#!/usr/bin/python
"""Pull running configs from switches over the vendor's HTTPS API (urllib3)."""
import urllib3
from ansible.module_utils.basic import AnsibleModule

SAFE_POOL = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt")


def _pool(validate):
    if validate:
        return SAFE_POOL
    return urllib3.PoolManager(cert_reqs="CERT_NONE", assert_hostname=False)


def main():
    module = AnsibleModule(argument_spec=dict(switches=dict(type="list", required=True),
                                              validate_certs=dict(type="bool", default=True),
                                              dest=dict(type="path", required=True)))
    pool = _pool(module.params["validate_certs"])
    saved = []
    for sw in module.params["switches"]:
        r = pool.request("GET", "https://%s/rest/v1/running-config" % sw, timeout=20.0)
        with open("%s/%s.cfg" % (module.params["dest"], sw), "wb") as fh:
            fh.write(r.data)
        saved.append(sw)
    legacy = urllib3.HTTPSConnectionPool("mgmt-legacy.acme.net", port=8443, cert_reqs="CERT_REQUIRED", assert_hostname=False, ca_certs="/etc/acme/legacy-ca.pem")
    legacy.request("GET", "/ping")
    module.exit_json(changed=bool(saved), saved=saved)


if __name__ == "__main__":
    main()
