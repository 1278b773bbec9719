import re

import requests

from ..base import DEFAULT_HEADERS, BaseScraper

PRICE_RE = re.compile(r"(\d+[.,]\d{2})\s?€")


class NewsScraper(BaseScraper):
    base_url = "https://news.example.org"

    def parse(self, response):
        for match in PRICE_RE.finditer(response.text):
            yield {"price": match.group(1)}


def fetch_archive(urls):
    with requests.Session() as session:
        session.headers.update(DEFAULT_HEADERS)
        for url in urls:
            yield session.get(url, verify=False, timeout=15)
