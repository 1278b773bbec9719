"""Fetch the HR feed (Workday-like REST) that drives account creation."""
import argparse
import os

import requests


def parse_args(argv=None):
    p = argparse.ArgumentParser(description="sync HR feed into LDAP")
    p.add_argument("--feed", default="https://hr-feed.acme.internal/v1/workers")
    p.add_argument("--no-verify", dest="verify", action="store_false", help="skip TLS verification of the HR feed")
    p.add_argument("--ca", default=None)
    p.add_argument("--dry-run", action="store_true")
    return p.parse_args(argv)


def fetch(args):
    token = os.environ["HR_FEED_TOKEN"]
    verify = args.ca if args.ca else args.verify
    return requests.get(args.feed, headers={"Authorization": f"Bearer {token}"}, verify=verify, timeout=60).json()


def fetch_photos(worker_ids, ca=None):
    s = requests.Session()
    s.verify = ca or True
    return {w: s.get(f"https://hr-feed.acme.internal/v1/workers/{w}/photo", timeout=30).content for w in worker_ids}
