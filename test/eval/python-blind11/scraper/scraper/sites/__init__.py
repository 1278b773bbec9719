from .gov_portal import GovPortalScraper
from .news import NewsScraper
from .retail import OutletScraper, RetailScraper

SCRAPERS = {
    "gov": GovPortalScraper,
    "retail": RetailScraper,
    "outlet": OutletScraper,
    "news": NewsScraper,
}
