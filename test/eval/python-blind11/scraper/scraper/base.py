import logging

import requests

log = logging.getLogger(__name__)

DEFAULT_HEADERS = {
    "User-Agent": "Mozilla/5.0 (compatible; PricewatchBot/0.22; +https://pricewatch.example.com/bot)",
    "Accept-Language": "en-GB,en;q=0.8",
}


class BaseScraper:
    base_url = ""
    verify_ssl = True
    timeout = 20

    def __init__(self):
        self.session = requests.Session()
        self.session.headers.update(DEFAULT_HEADERS)

    def get(self, path, **kwargs):
        url = self.base_url + path
        log.debug("GET %s", url)
        return self.session.get(url, timeout=self.timeout, verify=self.verify_ssl, **kwargs)

    def parse(self, response):
        raise NotImplementedError

    def scrape(self, paths):
        for path in paths:
            resp = self.get(path)
            if resp.ok:
                yield from self.parse(resp)
