import logging

import requests

log = logging.getLogger(__name__)


class Spider:
    """Base spider: subclasses set start_urls and parse()."""

    start_urls = ()
    verify_tls = True
    timeout = 15

    def fetch(self, url):
        resp = requests.get(url, timeout=self.timeout, verify=self.verify_tls)
        resp.raise_for_status()
        return resp.text

    def run(self):
        for url in self.start_urls:
            try:
                yield from self.parse(self.fetch(url))
            except requests.RequestException as exc:
                log.warning("skipping %s: %s", url, exc)

    def parse(self, html):
        raise NotImplementedError
