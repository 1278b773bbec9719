import datetime as dt
import json
import sys

from OpenSSL import crypto

from .ossl_client import fetch_chain

TEMPLATE = """Hosts with verification off are listed separately.
Use set_verify(SSL.VERIFY_NONE) only in the scanner, never in fetch_chain."""


def expiry_report(hosts):
    rows = []
    for host in hosts:
        pem = fetch_chain(host)[0]
        cert = crypto.load_certificate(crypto.FILETYPE_PEM, pem)
        not_after = dt.datetime.strptime(cert.get_notAfter().decode(), "%Y%m%d%H%M%SZ")
        rows.append({"host": host, "expires": not_after.isoformat(), "days": (not_after - dt.datetime.utcnow()).days})
    return rows


if __name__ == "__main__":
    json.dump(expiry_report(sys.argv[1:]), sys.stdout, indent=2)
