from .base import Spider


class OldPortalSpider(Spider):
    name = "old-portal"
    start_urls = ("https://portal.legacy-supplier.example.net/export.csv",)
    verify_ssl = False

    def parse(self, response):
        return [line.split(";") for line in response.text.splitlines()[1:]]


class MirrorSpider(Spider):
    name = "mirror"
    start_urls = ("https://mirror.catalog.example.com/export.csv",)

    def __init__(self):
        super().__init__()
        self.verify_ssl = "/etc/ssl/certs/catalog-ca.pem"

    def parse(self, response):
        return response.text.splitlines()
