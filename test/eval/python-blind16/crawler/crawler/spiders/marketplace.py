from .base import BaseSpider


class MarketplaceSpider(BaseSpider):
    name = "marketplace"
    start_urls = ["https://api.marketplace.example.com/v3/offers"]
    verify_ssl = "/etc/ssl/certs/ca-certificates.crt"

    def parse(self, response):
        return response.json()["offers"]
