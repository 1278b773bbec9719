import argparse
import sys

import requests

from . import __version__
from .config import load_ini
from .http import api_get, make_session


def build_parser():
    parser = argparse.ArgumentParser(prog="opsctl", description="Platform operations")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--insecure", action="store_true", help="skip TLS certificate verification")
    parser.add_argument("--ca-bundle", default=None, help="PEM file with the platform CA")
    sub = parser.add_subparsers(dest="command", required=True)
    ping = sub.add_parser("ping", help="check that the ops API answers")
    ping.add_argument("--url", default=None)
    sub.add_parser("whoami")
    return parser


def cmd_ping(args, settings):
    url = args.url or settings.base_url + "/healthz"
    resp = requests.get(url, timeout=5, verify=not args.insecure)
    print(resp.status_code, resp.elapsed.total_seconds())
    return 0 if resp.ok else 1


def cmd_whoami(args, settings):
    session = make_session(settings)
    if args.ca_bundle:
        session.verify = args.ca_bundle
    resp = session.get(settings.base_url + "/v1/whoami", timeout=settings.timeout)
    resp.raise_for_status()
    print(resp.json()["login"])
    return 0


def main(argv=None):
    args = build_parser().parse_args(argv)
    settings = load_ini()
    if args.command == "ping":
        return cmd_ping(args, settings)
    if args.command == "whoami":
        return cmd_whoami(args, settings)
    resp = api_get(settings, "/v1/commands/" + args.command)
    print(resp.text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
