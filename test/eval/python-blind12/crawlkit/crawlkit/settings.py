BOT_NAME = "crawlkit"
SPIDER_MODULES = ["crawlkit.spiders"]
NEWSPIDER_MODULE = "crawlkit.spiders"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
DOWNLOAD_DELAY = 0.5

DOWNLOADER_CLIENT_TLS_METHOD = "TLS"
DOWNLOADER_CLIENT_TLS_VERBOSE_LOGGING = False
DOWNLOADER_MIDDLEWARES = {
    "crawlkit.middlewares.ApiEnrichMiddleware": 543,
}

PRICE_API = "https://prices.partner.example.com/v1"
PRICE_API_VERIFY = True
PROXY_URL = "https://proxy.crawl.example.com:3129"
