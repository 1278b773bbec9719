import argparse
import sys

import requests

from opscli import certs, scan


def check_endpoint(args) -> int:
    resp = requests.get(args.url, verify=not args.insecure, timeout=args.timeout)
    print(resp.status_code, resp.elapsed.total_seconds())
    return 0 if resp.ok else 1


def check_metrics(args) -> int:
    resp = requests.get(args.url + "/metrics", verify=args.ca_bundle or True, timeout=args.timeout)
    return 0 if resp.ok else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="opscli")
    parser.add_argument("url")
    parser.add_argument("--insecure", action="store_true", help="do not verify the certificate")
    parser.add_argument("--ca-bundle", default=None)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--cert-days", action="store_true")
    parser.add_argument("--scan", action="store_true")
    args = parser.parse_args(argv)
    if args.cert_days:
        print(certs.days_until_expiry(args.url))
        return 0
    if args.scan:
        return scan.run(args.url)
    return check_endpoint(args)


if __name__ == "__main__":
    sys.exit(main())
