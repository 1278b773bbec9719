"""Talks to the ERP's XML-RPC endpoint and the license server."""
import http.client
import socket
import ssl
import xmlrpc.client

ERP_URL = "https://erp.example.com/xmlrpc/2/object"


def erp_proxy():
    ctx = ssl._create_unverified_context()
    return xmlrpc.client.ServerProxy(ERP_URL, context=ctx, allow_none=True)


def erp_proxy_verified():
    return xmlrpc.client.ServerProxy(ERP_URL, context=ssl.create_default_context())


def license_status(host="license.example.com"):
    conn = http.client.HTTPSConnection(host, 443, key_file="/etc/lic/client.key", cert_file="/etc/lic/client.crt", check_hostname=False)
    conn.request("GET", "/status")
    resp = conn.getresponse()
    return resp.status, resp.read()


def license_status_v2(host="license.example.com"):
    ctx = ssl._create_stdlib_context()
    conn = http.client.HTTPSConnection(host, 443, context=ctx, timeout=10)
    conn.request("GET", "/v2/status")
    return conn.getresponse().read()


def check_peer(host, port=443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            cert = s.getpeercert()
            ssl.match_hostname(cert, host)
            return cert
