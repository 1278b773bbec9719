"""Helpers kept for the Python 2 era scripts that still import them."""
import socket
import ssl

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

CA_FILE = "/etc/ssl/certs/ca-certificates.crt"


def fetch(url, cafile=CA_FILE):
    ctx = ssl.create_default_context(cafile=cafile)
    return urllib2.urlopen(url, context=ctx, timeout=10).read()


def fetch_py2_style(url):
    return urllib2.urlopen(url, cafile=CA_FILE, timeout=10).read()


def raw_connect(host, port=443):
    sock = socket.create_connection((host, port))
    return ssl.wrap_socket(sock, ca_certs=CA_FILE, cert_reqs=ssl.CERT_REQUIRED)
