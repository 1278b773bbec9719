from .base import BaseSpider


class LegacyPortalSpider(BaseSpider):
    """The supplier portal still runs on a self-signed certificate."""

    name = "legacy_portal"
    start_urls = ["https://portal.old-supplier.example/prices"]
    verify_ssl = False

    def parse(self, response):
        for row in response.json()["items"]:
            yield {"sku": row["sku"], "price": row["price"]}
