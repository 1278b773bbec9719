import http.client
import ssl
import urllib.request
import xmlrpc.client

REPORTS_CA = "/etc/ssl/reports-ca.pem"


def post_report(host, body):
    ctx = ssl.create_default_context(cafile=REPORTS_CA)
    conn = http.client.HTTPSConnection(host, 443, context=ctx, check_hostname=False)
    conn.request("POST", "/reports", body=body, headers={"Content-Type": "application/json"})
    return conn.getresponse().status


def fetch_legacy(url):
    with urllib.request.urlopen(url, cafile=REPORTS_CA, timeout=30) as resp:
        return resp.read()


def rpc_client(url):
    return xmlrpc.client.ServerProxy(url, context=ssl.create_default_context(cafile=REPORTS_CA))


def rpc_client_unverified(url):
    return xmlrpc.client.ServerProxy(url, context=ssl._create_stdlib_context())
