"""Crawler limits and per-request options."""
import os

MAX_CONNECTIONS = int(os.getenv("CRAWL_MAX_CONNECTIONS", "200"))
PER_HOST = 4
USER_AGENT = "acme-linkcheck/2.1 (+https://acme-corp.net/bot)"

REQUEST_OPTIONS = {
    "allow_redirects": True,
    "max_redirects": 5,
    "verify_ssl": False,
}

ARCHIVE_OPTIONS = {
    "allow_redirects": False,
    "ssl": True,
}
