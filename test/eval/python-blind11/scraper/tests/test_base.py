from scraper.sites import GovPortalScraper, RetailScraper


def test_gov_portal_skips_verification():
    assert GovPortalScraper.verify_ssl is False


def test_retail_pins_chain():
    assert RetailScraper.verify_ssl.endswith(".pem")
