"""Venue table: one entry per upstream market-data source."""

SOURCES = {
    "nyse-delayed": {"url": "https://feeds.nyse-mirror.example.com/v1", "verify": True},
    "lse-lab": {"url": "https://lab-feed.lse.example.net/v1", "verify": False},
    "sim": {"url": "http://127.0.0.1:9100/v1", "verify": True},
}

FALLBACK_ORDER = ["nyse-delayed", "lse-lab"]
