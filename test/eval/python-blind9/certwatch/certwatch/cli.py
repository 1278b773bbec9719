import argparse
import json
import ssl
import sys

from .tlsutil import make_context, probe


def build_parser():
    parser = argparse.ArgumentParser(prog="certwatch")
    parser.add_argument("hosts", nargs="+")
    parser.add_argument("--cafile")
    parser.add_argument("--insecure", action="store_true", help="skip verification (like curl -k or verify=False)")
    parser.add_argument("--min-tls", choices=["1.0", "1.2", "1.3"], default="1.2")
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    ctx = make_context(args.cafile)
    if args.insecure:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    if args.min_tls == "1.0":
        ctx.minimum_version = ssl.TLSVersion.TLSv1
    results = {}
    for host in args.hosts:
        results[host] = probe(host)
    json.dump(results, sys.stdout, indent=2, default=str)
    return 0


if __name__ == "__main__":
    sys.exit(main())
