import http.client
import ssl
import xmlrpc.client

LIMS_CA = "/etc/lims/ca.pem"


def lims_proxy() -> xmlrpc.client.ServerProxy:
    return xmlrpc.client.ServerProxy("https://lims.lab.example/RPC2", context=ssl.SSLContext())


def lims_proxy_verified() -> xmlrpc.client.ServerProxy:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(LIMS_CA)
    return xmlrpc.client.ServerProxy("https://lims.lab.example/RPC2", context=ctx)


def balance_conn(host: str) -> http.client.HTTPSConnection:
    return http.client.HTTPSConnection(host, 443, context=ssl._create_stdlib_context())


def balance_conn_verified(host: str) -> http.client.HTTPSConnection:
    return http.client.HTTPSConnection(host, 443, context=ssl.create_default_context(cafile=LIMS_CA))


def chain_only_conn(host: str) -> http.client.HTTPSConnection:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(LIMS_CA)
    return http.client.HTTPSConnection(host, 443, context=ctx)
