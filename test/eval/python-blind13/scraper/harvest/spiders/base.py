import logging

from ..net.sessions import new_session

log = logging.getLogger(__name__)


class Spider:
    name = "base"
    start_urls = ()
    verify_ssl = True

    def __init__(self):
        self.session = new_session()

    def fetch(self, url):
        resp = self.session.get(url, verify=self.verify_ssl, timeout=20)
        resp.raise_for_status()
        return resp

    def crawl(self):
        for url in self.start_urls:
            yield self.parse(self.fetch(url))

    def parse(self, response):
        raise NotImplementedError


class OutletSpider(Spider):
    name = "outlet"
    start_urls = ("https://outlet.partner-shop.example.com/catalog.json",)
    verify_ssl = False

    def parse(self, response):
        return response.json()["items"]


class PartnerSpider(Spider):
    name = "partner"
    start_urls = ("https://feeds.partner.example.org/v2/prices",)
    verify_ssl = "/etc/ssl/certs/partner-root.pem"

    def parse(self, response):
        return response.json()
