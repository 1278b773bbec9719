import ssl

import urllib3

from .inventory import CA_BUNDLE

# Arista eAPI / NX-API over HTTPS
pool = urllib3.PoolManager(cert_reqs="NONE", retries=urllib3.Retry(3))

oob_pool = urllib3.HTTPSConnectionPool("10.20.0.4", port=443, ca_certs=CA_BUNDLE, assert_hostname=False)

old_nxos = urllib3.PoolManager(ca_certs=CA_BUNDLE, ssl_minimum_version=ssl.TLSVersion.TLSv1)

strict_pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=CA_BUNDLE, ssl_minimum_version=ssl.TLSVersion.TLSv1_2)


def run_cmds(host, cmds):
    body = {"jsonrpc": "2.0", "method": "runCmds", "params": {"version": 1, "cmds": cmds}, "id": 1}
    return pool.request("POST", f"https://{host}/command-api", json=body)
