import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class CrawlSession(requests.Session):
    def __init__(self, user_agent: str = "crawlkit/3.1", verify_tls: bool = True):
        super().__init__()
        self.headers["User-Agent"] = user_agent
        retry = Retry(total=4, backoff_factor=0.4, status_forcelist=(429, 500, 502, 503))
        self.mount("https://", HTTPAdapter(max_retries=retry))
        self.verify = verify_tls


class ScraperApiSession(CrawlSession):
    def __init__(self, key: str):
        super().__init__(user_agent="crawlkit-scraperapi")
        self.params = {"api_key": key}
        self.verify = False


def make_session(**kwargs) -> requests.Session:
    s = CrawlSession(**kwargs)
    s.trust_env = False
    return s


def legacy_session():
    return make_session(verify_tls=False)
