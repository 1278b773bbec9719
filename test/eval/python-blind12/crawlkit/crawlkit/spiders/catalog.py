import scrapy

from ..session import ScraperApiSession, legacy_session, make_session


class CatalogSpider(scrapy.Spider):
    name = "catalog"
    start_urls = ["https://shop.example.org/catalog"]
    custom_settings = {"DOWNLOAD_DELAY": 1.0}

    def parse(self, response):
        for href in response.css("a.product::attr(href)").getall():
            yield response.follow(href, self.parse_product)

    def parse_product(self, response):
        yield {
            "sku": response.css("[data-sku]::attr(data-sku)").get(),
            "title": response.css("h1::text").get(),
        }


def prefetch_sitemap(url: str) -> str:
    s = make_session()
    return s.get(url, timeout=10).text


def prefetch_legacy(url: str) -> str:
    return legacy_session().get(url, timeout=10).text


def via_scraper_api(url: str, key: str) -> str:
    return ScraperApiSession(key).get("https://api.scraperapi.example.com/", params={"url": url}).text
