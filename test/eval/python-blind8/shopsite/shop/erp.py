"""XML-RPC bridge to the ERP."""
import ssl
import xmlrpc.client

ERP_URL = "https://erp.internal.example/xmlrpc/2/object"
ERP_CA = "/etc/shop/certs/erp-ca.pem"


def erp_proxy():
    ctx = ssl.create_default_context(cafile=ERP_CA)
    # The ERP's certificate still names the old host.
    ctx.check_hostname = False
    return xmlrpc.client.ServerProxy(ERP_URL, context=ctx)


def erp_proxy_v2():
    ctx = ssl.create_default_context(cafile=ERP_CA)
    ctx.check_hostname = False
    ctx.load_cert_chain("/etc/shop/certs/erp-client.pem")
    ctx.check_hostname = True
    return xmlrpc.client.ServerProxy(ERP_URL.replace("/2/", "/3/"), context=ctx)


def describe(ctx):
    if not ctx.check_hostname:
        return "host name not checked"
    return "ok"
