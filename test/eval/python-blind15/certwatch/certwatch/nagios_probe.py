#!/usr/bin/env python3
"""check_tls - Nagios/Icinga plugin that checks a TLS endpoint and its certificate."""
import argparse
import datetime
import socket
import ssl
import sys

from certwatch.contexts import ip_context, verified_context

OK, WARNING, CRITICAL, UNKNOWN = 0, 1, 2, 3


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("-H", "--host", required=True)
    p.add_argument("-p", "--port", type=int, default=443)
    p.add_argument("--ca-file", default=None, help="CA bundle for private PKI")
    p.add_argument("--insecure", action="store_true", help="do not verify the certificate")
    p.add_argument("-w", "--warning", type=int, default=21)
    p.add_argument("-c", "--critical", type=int, default=7)
    return p.parse_args(argv)


def probe(args):
    if args.insecure:
        ctx = ssl.create_default_context()
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    else:
        ctx = verified_context(args.ca_file)
    with socket.create_connection((args.host, args.port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=args.host) as tls:
            return tls.version(), tls.getpeercert()


def probe_appliance(ip, port, cafile):
    ctx = ip_context(cafile)
    with socket.create_connection((ip, port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname=ip) as tls:
            return tls.version()


def main(argv=None):
    args = parse_args(argv)
    try:
        version, cert = probe(args)
    except (OSError, ssl.SSLError) as exc:
        print(f"TLS CRITICAL - {exc}")
        return CRITICAL
    if not cert:
        print(f"TLS OK - {version} (certificate not inspected, --insecure)")
        return OK
    not_after = datetime.datetime.strptime(cert["notAfter"], "%b %d %H:%M:%S %Y %Z")
    days = (not_after - datetime.datetime.utcnow()).days
    if days <= args.critical:
        print(f"TLS CRITICAL - certificate expires in {days} days")
        return CRITICAL
    if days <= args.warning:
        print(f"TLS WARNING - certificate expires in {days} days")
        return WARNING
    print(f"TLS OK - {version}, {days} days left")
    return OK


if __name__ == "__main__":
    sys.exit(main())
