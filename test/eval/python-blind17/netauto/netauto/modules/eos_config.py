"""Push config snippets to Arista eAPI."""
import requests

EAPI_DEFAULTS = {
    "timeout": 30,
    "verify": False,
    "headers": {"Content-Type": "application/json"},
}


def run_cmds(host, auth, cmds):
    body = {"jsonrpc": "2.0", "method": "runCmds", "params": {"version": 1, "cmds": cmds}, "id": "netauto"}
    return requests.post(f"https://{host}/command-api", json=body, auth=auth, **EAPI_DEFAULTS).json()


def get_config(host, auth):
    return run_cmds(host, auth, ["enable", "show running-config"])
