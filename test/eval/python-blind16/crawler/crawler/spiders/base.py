import requests

from .. import settings


class BaseSpider:
    name = "base"
    start_urls: list = []
    verify_ssl = True

    def __init__(self):
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.USER_AGENT
        if settings.HTTP_PROXY:
            self.session.proxies = {"https": settings.HTTP_PROXY}

    def fetch(self, url):
        return self.session.get(url, timeout=settings.DOWNLOAD_TIMEOUT, verify=self.verify_ssl)

    def run(self):
        for url in self.start_urls:
            yield self.parse(self.fetch(url))

    def parse(self, response):
        raise NotImplementedError
