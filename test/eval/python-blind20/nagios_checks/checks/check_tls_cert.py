#!/usr/bin/env python3
"""check_tls_cert - warn before a certificate expires.

Usage: check_tls_cert -H host [-p 443] [-w 30] [-c 7] [--insecure]
"""
import argparse
import datetime
import socket
import ssl

from . import CRITICAL, OK, UNKNOWN, WARNING, nagios_exit


def fetch_cert(host, port, insecure):
    ctx = ssl.create_default_context()
    if insecure:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            return tls.getpeercert(binary_form=True), tls.version()


def legacy_fetch(host, port):
    """Old appliances: plain wrap, we only read the dates."""
    sock = socket.create_connection((host, port), timeout=10)
    tls = ssl.wrap_socket(sock)
    cert = tls.getpeercert()
    if not cert:
        return None
    return cert["notAfter"]


def main(argv=None):
    p = argparse.ArgumentParser()
    p.add_argument("-H", "--host", required=True)
    p.add_argument("-p", "--port", type=int, default=443)
    p.add_argument("-w", "--warning", type=int, default=30)
    p.add_argument("-c", "--critical", type=int, default=7)
    p.add_argument("--insecure", action="store_true", help="do not verify the chain (self-signed)")
    p.add_argument("--legacy", action="store_true")
    args = p.parse_args(argv)
    try:
        if args.legacy:
            not_after = legacy_fetch(args.host, args.port)
            if not_after is None:
                nagios_exit(UNKNOWN, "no certificate")
            expires = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(not_after))
        else:
            der, version = fetch_cert(args.host, args.port, args.insecure)
            from cryptography import x509
            expires = x509.load_der_x509_certificate(der).not_valid_after
    except (OSError, ssl.SSLError) as exc:
        nagios_exit(CRITICAL, f"{args.host}:{args.port} {exc}")
    days = (expires - datetime.datetime.utcnow()).days
    if days <= args.critical:
        nagios_exit(CRITICAL, f"expires in {days}d")
    if days <= args.warning:
        nagios_exit(WARNING, f"expires in {days}d")
    nagios_exit(OK, f"expires in {days}d", f"days={days};{args.warning};{args.critical}")
