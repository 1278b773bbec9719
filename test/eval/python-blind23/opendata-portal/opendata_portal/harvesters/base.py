"""Base class for dataset harvesters (CKAN, Socrata, plain DCAT endpoints)."""
from __future__ import annotations

import logging

import requests

log = logging.getLogger(__name__)


class Harvester:
    name = "generic"
    verify_ssl: bool | str = True
    page_size = 100

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "opendata-portal-harvester/3.0"

    def fetch(self, path: str, **params) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, verify=self.verify_ssl, timeout=30)
        resp.raise_for_status()
        return resp.json()

    def datasets(self):
        start = 0
        while True:
            page = self.fetch("/api/3/action/package_search", rows=self.page_size, start=start)
            results = page["result"]["results"]
            if not results:
                return
            yield from results
            start += self.page_size
