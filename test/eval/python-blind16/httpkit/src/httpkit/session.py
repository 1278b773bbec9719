import requests

from .adapters import LegacyBankAdapter, retrying_adapter
from .config import ClientConfig


def make_session(config: ClientConfig) -> requests.Session:
    session = requests.Session()
    session.mount("https://", retrying_adapter(config.retries))
    session.proxies.update(config.proxies)
    if config.ca_bundle:
        session.verify = config.ca_bundle
    return session


def bank_session() -> requests.Session:
    bank = requests.Session()
    bank.mount("https://gateway.bank.example/", LegacyBankAdapter())
    bank.verify = False
    bank.headers["X-Client"] = "settlement"
    return bank


def reporting_session():
    rs = requests.Session()
    rs.verify = False
    rs.verify = "/etc/pki/reporting/ca.pem"
    return rs


class ServiceSession(requests.Session):
    """A session bound to one service's base URL."""

    def __init__(self, base_url, ca_bundle=True):
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.verify = ca_bundle
        self.mount("https://", retrying_adapter())

    def request(self, method, url, *args, **kwargs):
        return super().request(method, self.base_url + url, *args, **kwargs)


class StagingSession(ServiceSession):
    def __init__(self, base_url):
        super().__init__(base_url)
        # staging uses self-signed certs from the cluster issuer
        self.verify = False
