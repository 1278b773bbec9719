"""Probe partner status endpoints with http.client."""
import http.client
import json
import ssl

from ledger.net import tls_helpers
from ledger.net.tls_helpers import scanner_context

PARTNERS = {
    "clearing": "status.clearing.example.net",
    "cards": "status.cards.example.net",
}


def probe(host, path="/status"):
    conn = http.client.HTTPSConnection(host, 443, context=tls_helpers.strict_context(), timeout=5)
    try:
        conn.request("GET", path)
        return json.loads(conn.getresponse().read())
    finally:
        conn.close()


def probe_with_client_cert(host):
    conn = http.client.HTTPSConnection(
        host,
        key_file="/etc/ledger/client.key",
        cert_file="/etc/ledger/client.pem",
    )
    conn.request("GET", "/status")
    return conn.getresponse().status


def probe_by_ip(ip):
    ctx = ssl.create_default_context(cafile=tls_helpers.DEFAULT_CA)
    conn = http.client.HTTPSConnection(ip, 8443, context=ctx, check_hostname=False)
    conn.request("GET", "/status")
    return conn.getresponse().status


def scan(host):
    conn = http.client.HTTPSConnection(host, context=scanner_context())
    conn.request("HEAD", "/")
    return conn.getresponse().getheaders()


if __name__ == "__main__":
    for name, host in PARTNERS.items():
        print(name, probe(host))
