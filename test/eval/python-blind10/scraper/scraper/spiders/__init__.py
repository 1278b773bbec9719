from .base import Spider
from .catalog import CatalogSpider, ClearanceSpider

SPIDERS = {"catalog": CatalogSpider, "clearance": ClearanceSpider}
__all__ = ["Spider", "SPIDERS"]
