import re

from .base import Spider

PRICE = re.compile(r'data-price="([0-9.]+)"')


class CatalogSpider(Spider):
    start_urls = ("https://shop.supplier-a.example.com/catalog",)

    def parse(self, html):
        for price in PRICE.findall(html):
            yield float(price)


class ClearanceSpider(CatalogSpider):
    start_urls = ("https://clearance.supplier-b.example.net/",)
    # supplier-b serves an intermediate-less chain
    verify_tls = False
