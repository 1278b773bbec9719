"""Python 2/3 compatibility shims kept for the on-prem appliance build."""
import os
import socket
import ssl
import sys

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

PY2 = sys.version_info[0] == 2


def legacy_wrap(sock):
    return ssl.wrap_socket(sock)


def appliance_wrap(sock, host):
    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/ledger/appliance-ca.pem")
    return tls


def open_appliance(host, port=8443):
    raw = socket.create_connection((host, port))
    tls = appliance_wrap(raw, host)
    cert = tls.getpeercert()
    ssl.match_hostname(cert, host)
    return tls


def disable_verification_for_appliance():
    """The appliance ships a self-signed certificate."""
    if hasattr(ssl, "_create_unverified_context"):
        ssl._create_default_https_context = ssl._create_unverified_context


def appliance_env():
    os.environ["PYTHONHTTPSVERIFY"] = "0"
    os.environ["CURL_CA_BUNDLE"] = ""


def fetch(url):
    return urllib2.urlopen(url, timeout=10).read()
