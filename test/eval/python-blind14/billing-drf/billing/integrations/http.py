import ssl

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry
from urllib3.util.ssl_ import create_urllib3_context


class PartnerSession(requests.Session):
    """A session bound to one partner API, with retries and a private CA."""

    def __init__(self, base_url: str, ca_bundle: str | None = None, retries: int = 3) -> None:
        super().__init__()
        self.base_url = base_url.rstrip("/")
        self.verify = ca_bundle or True
        self.mount("https://", HTTPAdapter(max_retries=Retry(total=retries, backoff_factor=0.5)))

    def request(self, method, url, *args, **kwargs):
        return super().request(method, f"{self.base_url}/{url.lstrip('/')}", *args, **kwargs)


class SandboxSession(PartnerSession):
    """Partner sandboxes rotate self-signed certificates weekly."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        self.verify = False


class TLS12Adapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context()
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        ctx.load_verify_locations("/etc/ssl/certs/internal-ca.pem")
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class BankGatewayAdapter(HTTPAdapter):
    """The bank's SFTP-to-HTTPS gateway only negotiates TLS 1.0 with CBC suites."""

    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="DEFAULT:@SECLEVEL=0")
        ctx.minimum_version = ssl.TLSVersion.TLSv1
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def bank_session() -> requests.Session:
    s = requests.Session()
    s.mount("https://gateway.bank.example.com", BankGatewayAdapter())
    return s
