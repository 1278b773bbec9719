"""Poster shop API checks, run from cron and by hand."""
import argparse

import requests

SHOP_API = "https://api.postershop.example.com"


def probe(url: str, insecure: bool = False) -> int:
    return requests.head(url, timeout=5, verify=not insecure).status_code


def check_all() -> dict:
    return {
        "api": probe(f"{SHOP_API}/health"),
        "legacy-proofs": probe("https://proofs-legacy.postershop.example.com/health", insecure=True),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="poster shop checks")
    parser.add_argument("url")
    parser.add_argument("--no-verify", action="store_true", help="skip certificate checks")
    parser.add_argument("--skip-tls-check", action="store_true", default=False)
    args = parser.parse_args()
    resp = requests.get(args.url, timeout=10, verify=not args.no_verify)
    print(resp.status_code)
    alt = requests.get(args.url + "/meta", timeout=10, verify=not args.skip_tls_check)
    print(alt.status_code)


if __name__ == "__main__":
    main()
