"""Ansible-style module: gather NX-API facts.

options:
  validate_certs:
    description: If C(false), SSL certificates will not be validated.
    type: bool
    default: true
"""
import json

import requests

ARGUMENT_SPEC = dict(
    host=dict(type="str", required=True),
    username=dict(type="str", required=True),
    password=dict(type="str", required=True, no_log=True),
    validate_certs=dict(type="bool", default=True),
)


def nxapi_show(params, command):
    payload = {"ins_api": {"version": "1.0", "type": "cli_show", "chunk": "0", "sid": "1", "input": command, "output_format": "json"}}
    resp = requests.post(
        f"https://{params['host']}/ins",
        data=json.dumps(payload),
        auth=(params["username"], params["password"]),
        headers={"content-type": "application/json"},
        verify=params["validate_certs"],
    )
    return resp.json()


def run_module(params):
    facts = nxapi_show(params, "show version")
    return {"changed": False, "ansible_facts": {"nxos": facts}}
