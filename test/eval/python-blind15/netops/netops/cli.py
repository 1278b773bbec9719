"""netops: appliance checks from the jump host."""
import argparse
import sys

import requests

from netops import sockets, web


def check_api(args):
    resp = requests.get(f"https://{args.host}/api/health", verify=args.ca_file or True, timeout=10)
    return 0 if resp.ok else 2


def check_api_lab(args):
    resp = requests.get(f"https://{args.host}/api/health", verify=not args.no_verify, timeout=10)
    return 0 if resp.ok else 2


def main(argv=None):
    parser = argparse.ArgumentParser(prog="netops")
    parser.add_argument("host")
    parser.add_argument("--ca-file")
    parser.add_argument("--no-verify", action="store_true", help="skip certificate verification")
    parser.add_argument("--lab", action="store_true")
    args = parser.parse_args(argv)
    if args.lab:
        return check_api_lab(args)
    return check_api(args)


if __name__ == "__main__":
    sys.exit(main())
