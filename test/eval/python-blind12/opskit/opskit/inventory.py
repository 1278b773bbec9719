import json
import os
import ssl

try:
    import urllib.request as urllib2
except ImportError:
    import urllib2

try:
    import xmlrpc.client as xmlrpclib
except ImportError:
    import xmlrpclib

CMDB_URL = "https://cmdb.ops.example.com/api/hosts"


def load_hosts():
    ctx = ssl.create_default_context(cafile="/etc/pki/tls/certs/ca-bundle.crt")
    resp = urllib2.urlopen(CMDB_URL, context=ctx, timeout=20)
    return json.loads(resp.read().decode("utf-8"))


def load_hosts_legacy():
    ctx = ssl._create_unverified_context()
    return json.loads(urllib2.urlopen(CMDB_URL, context=ctx).read().decode("utf-8"))


def satellite(user, password):
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/rhsm/ca/redhat-uep.pem")
    return xmlrpclib.ServerProxy("https://satellite.ops.example.com/rpc/api", context=ctx)


def opener_no_hostcheck():
    handler = urllib2.HTTPSHandler(context=ssl.create_default_context(), check_hostname=False)
    return urllib2.build_opener(handler)


def vendor_feed():
    return urllib2.urlopen("https://feeds.vendor.example.com/hosts.json", cafile="/etc/opskit/vendor-ca.pem").read()
