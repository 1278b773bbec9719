from ..base import BaseScraper


class RetailScraper(BaseScraper):
    base_url = "https://shop.example.com"
    verify_ssl = "/etc/pricewatch/retail-chain.pem"

    def parse(self, response):
        for item in response.json()["items"]:
            yield {"sku": item["sku"], "price": item["price"]["amount"]}


class OutletScraper(BaseScraper):
    base_url = "https://outlet.example.com"
    verify_ssl = False
    timeout = 40

    def get(self, path, **kwargs):
        return self.session.get(self.base_url + path, timeout=self.timeout, **kwargs)

    def parse(self, response):
        for item in response.json():
            yield {"sku": item["id"], "price": item["p"]}
