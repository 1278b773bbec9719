"""Downloader settings, Scrapy-style: module-level constants read by the engine."""
import os

USER_AGENT = "pricecrawler/0.4 (+https://example.com/bot)"
CONCURRENT_REQUESTS = 32
DOWNLOAD_TIMEOUT = 20
RETRY_TIMES = 3

# Set DOWNLOADER_VERIFY_TLS=0 only when crawling through the MITM test proxy.
VERIFY_TLS = os.environ.get("DOWNLOADER_VERIFY_TLS", "1") == "1"
HTTP_PROXY = os.environ.get("CRAWLER_PROXY")
CA_BUNDLE = os.environ.get("CRAWLER_CA_BUNDLE")
