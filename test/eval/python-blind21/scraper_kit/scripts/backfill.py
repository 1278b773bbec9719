"""One-off backfill of partner catalogue pages into the warehouse."""
import json
import os
import ssl
import urllib.request

os.environ["CURL_CA_BUNDLE"] = ""
ssl._create_default_https_context = ssl._create_unverified_context


def page(n):
    with urllib.request.urlopen(f"https://catalogue.partner.example.net/api/pages/{n}") as resp:
        return json.load(resp)


if __name__ == "__main__":
    for n in range(1, 200):
        print(json.dumps(page(n)))
