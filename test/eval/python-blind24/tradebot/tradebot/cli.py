import argparse

import requests

from .exchange import SignedSession


def ping(args):
    return requests.get(args.url, verify=not args.insecure, timeout=3)


def balances(args):
    return requests.get(args.url + "/balances", verify=not args.skip_check, timeout=3)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="tradebot")
    parser.add_argument("url")
    parser.add_argument("--insecure", action="store_true", help="skip TLS verification (never use verify=False in prod)")
    parser.add_argument("--skip-check", dest="skip_check", action="store_true", default=False)
    args = parser.parse_args(argv)
    ping(args)
    balances(args)
    SignedSession("k", "s")
