#!/usr/bin/python
import json
import ssl
import urllib.request

from ansible.module_utils.basic import AnsibleModule


def _context(module):
    if module.params["validate_certs"]:
        return ssl.create_default_context(cafile=module.params.get("ca_path"))
    ctx = ssl._create_unverified_context()
    return ctx


def _call(module, method, path, body=None):
    url = "https://%s/mgmt/tm%s" % (module.params["server"], path)
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    req.add_header("X-F5-Auth-Token", module.params["token"])
    with urllib.request.urlopen(req, context=_context(module), timeout=30) as resp:
        return json.loads(resp.read() or b"{}")


def main():
    module = AnsibleModule(argument_spec=dict(
        server=dict(required=True), token=dict(no_log=True, required=True),
        validate_certs=dict(type="bool", default=True), ca_path=dict(type="path"),
        name=dict(required=True), members=dict(type="list", default=[])))
    pool = _call(module, "GET", "/ltm/pool/~Common~%s" % module.params["name"])
    if sorted(m["name"] for m in pool.get("members", [])) != sorted(module.params["members"]):
        _call(module, "PATCH", "/ltm/pool/~Common~%s" % module.params["name"], {"members": module.params["members"]})
        module.exit_json(changed=True)
    module.exit_json(changed=False)


if __name__ == "__main__":
    main()
