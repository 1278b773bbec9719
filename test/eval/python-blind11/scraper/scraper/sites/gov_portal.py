from ..base import BaseScraper


class GovPortalScraper(BaseScraper):
    """Open-data portal; its certificate chain has been broken since 2022."""

    base_url = "https://data.portal.gov.example"
    verify_ssl = False

    def parse(self, response):
        for row in response.json().get("result", {}).get("records", []):
            yield {"sku": row["id"], "price": row["unit_price"]}
