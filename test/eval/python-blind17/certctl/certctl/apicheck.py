"""certctl-apicheck: hit a list of API endpoints and report latency."""
import argparse
import sys
import time

import httpx


def parse_args(argv=None):
    p = argparse.ArgumentParser(prog="certctl-apicheck")
    p.add_argument("urls", nargs="+")
    p.add_argument("--no-verify", action="store_true", help="skip TLS verification")
    p.add_argument("--ca-file")
    return p.parse_args(argv)


def check_all(urls, client):
    results = {}
    for url in urls:
        start = time.monotonic()
        try:
            results[url] = (client.get(url).status_code, time.monotonic() - start)
        except httpx.HTTPError as exc:
            results[url] = (str(exc), None)
    return results


def main(argv=None):
    args = parse_args(argv)
    verify = args.ca_file if args.ca_file else True
    with httpx.Client(verify=not args.no_verify, timeout=5) as client:
        results = check_all(args.urls, client)
    with httpx.Client(verify=verify, timeout=5) as strict:
        strict.get(args.urls[0])
    for url, (status, elapsed) in results.items():
        print(url, status, elapsed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
