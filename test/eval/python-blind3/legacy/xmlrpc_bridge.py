"""XML-RPC bridge to the ERP, which uses an internal CA."""
import ssl
import xmlrpc.client

ERP_URL = "https://erp.internal.example.com/RPC2"


def erp_proxy():
    ctx = ssl._create_unverified_context()
    return xmlrpc.client.ServerProxy(ERP_URL, context=ctx)


def erp_proxy_hardened():
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations("/etc/pki/internal-ca.pem")
    return xmlrpc.client.ServerProxy(ERP_URL, context=ctx)


def describe_unsafe_example():
    """Never do this:

        ctx = ssl._create_unverified_context()
        requests.get(url, verify=False)
    """
    return "see docstring"
