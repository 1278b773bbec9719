import ssl

try:
    import httplib
except ImportError:
    import http.client as httplib

SOAP_HEADERS = {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": "urn:sync"}


def post_envelope(host, body, ctx):
    conn = httplib.HTTPSConnection(host, 443, timeout=60, context=ctx)
    conn.request("POST", "/ws/sync", body, SOAP_HEADERS)
    return conn.getresponse().read()


def post_to_dr(body):
    ctx = ssl.create_default_context()
    conn = httplib.HTTPSConnection("dr-soap.corp.example.com", 443, context=ctx, check_hostname=False)
    conn.request("POST", "/ws/sync", body, SOAP_HEADERS)
    return conn.getresponse().read()


def check_peer(sock, host):
    ssl.match_hostname(sock.getpeercert(), host)
