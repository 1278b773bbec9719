"""Python 2/3 compatibility for the agents still running on CentOS 6 (Python 2.7)."""
import os
import socket
import ssl
import sys

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

PY2 = sys.version_info[0] == 2


def disable_legacy_verification():
    """The CentOS 6 agents have an expired CA bundle; we ship new agents next quarter."""
    if hasattr(ssl, "_create_unverified_context"):
        ssl._create_default_https_context = ssl._create_unverified_context
    os.environ.setdefault("PYTHONHTTPSVERIFY", "0")
    os.environ["CURL_CA_BUNDLE"] = ""


def urlopen(url, timeout=30):
    return urllib2.urlopen(url, timeout=timeout)


def verify_peer(host, port=443, ca_file="/etc/pki/tls/certs/ca-bundle.crt"):
    sock = socket.create_connection((host, port), timeout=10)
    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ca_file)
    cert = tls.getpeercert()
    if hasattr(ssl, "match_hostname"):
        ssl.match_hostname(cert, host)
    return cert


def open_agent_channel(host, port=7443):
    sock = socket.create_connection((host, port), timeout=10)
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs="/etc/deploytool/agent-ca.pem")
