import http.client
import ssl
import urllib.request
import xmlrpc.client


def fetch_report(url):
    ctx = ssl._create_unverified_context()
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations("/etc/ssl/certs/corp-ca.pem")
    return urllib.request.urlopen(url, context=ctx, timeout=30).read()


def erp_proxy():
    return xmlrpc.client.ServerProxy(
        "https://erp.corp.example.com/xmlrpc/2/object",
        context=ssl._create_unverified_context(),
    )


def legacy_stats(path):
    conn = http.client.HTTPSConnection("stats.corp.example.com", 443, context=ssl.SSLContext(ssl.PROTOCOL_TLS))
    conn.request("GET", path)
    return conn.getresponse().read()


def stats(path):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    conn = http.client.HTTPSConnection("stats.corp.example.com", 443, context=ctx)
    conn.request("GET", path)
    return conn.getresponse().read()
