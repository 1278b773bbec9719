"""urllib/xmlrpc clients for the appliance management APIs."""
import ssl
import urllib.request
import xmlrpc.client

import httpx

APPLIANCE_CA = "/etc/netops/appliance-ca.pem"


def opener_for_ip_gear():
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    handler = urllib.request.HTTPSHandler(context=ctx, check_hostname=False)
    return urllib.request.build_opener(handler)


def opener_verified():
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx))


def fetch_legacy(url):
    return urllib.request.urlopen(url, cafile=APPLIANCE_CA, timeout=20).read()


def supervisor(host):
    ctx = ssl._create_stdlib_context()
    return xmlrpc.client.ServerProxy(f"https://{host}:9001/RPC2", context=ctx)


def supervisor_verified(host):
    return xmlrpc.client.ServerProxy(f"https://{host}:9001/RPC2", context=ssl.create_default_context(cafile=APPLIANCE_CA))


def _lab_ctx():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def lab_api():
    return httpx.Client(base_url="https://lab-api.netops.example.com", verify=_lab_ctx())


def h2_context():
    ctx = ssl.create_default_context(cafile=APPLIANCE_CA)
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    ctx.set_npn_protocols(["h2", "http/1.1"])
    return ctx
