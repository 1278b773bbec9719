import ssl

try:
    import xmlrpclib
except ImportError:
    import xmlrpc.client as xmlrpclib

BILLING_RPC = "https://billing-rpc.corp.example.com/RPC2"


def billing_proxy(ca_file="/etc/pki/tls/certs/corp-ca.pem"):
    ctx = ssl.create_default_context(cafile=ca_file)
    return xmlrpclib.ServerProxy(BILLING_RPC, context=ctx, allow_none=True)


def supervisor_proxy(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return xmlrpclib.ServerProxy("https://%s:9001/RPC2" % host, context=ctx)
