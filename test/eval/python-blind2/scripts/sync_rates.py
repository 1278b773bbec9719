#!/usr/bin/env python3
"""Nightly sync of freight rates from partner portals."""
import argparse
import functools
import os

import requests

ENV = os.getenv("HARBOR_ENV", "prod")

if ENV == "dev":
    VERIFY = False
else:
    VERIFY = "/etc/harbor/ca.pem"

fetch = functools.partial(requests.get, verify=VERIFY, timeout=30)
fetch_strict = functools.partial(requests.get, verify=True, timeout=30)


def push_rates(url, rows):
    return requests.request("PUT", url, json=rows, verify=os.getenv("RATES_VERIFY", "1") != "0")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--insecure", action="store_true")
    args = p.parse_args()
    rows = fetch("https://rates.partner-two.example.com/export").json()
    push_rates("https://rates.harbor.example.com/import", rows)
    if args.insecure:
        print("--insecure is ignored; configure HARBOR_CA_BUNDLE instead")


if __name__ == "__main__":
    main()
