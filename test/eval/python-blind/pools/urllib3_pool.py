import logging
import ssl
from typing import Any

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context

log = logging.getLogger(__name__)
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


http = urllib3.PoolManager(
    num_pools=10,
    cert_reqs="CERT_NONE",
    retries=urllib3.Retry(3, backoff_factor=0.2),
)

verified = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt")


def partner_pool(host: str) -> urllib3.HTTPSConnectionPool:
    return urllib3.HTTPSConnectionPool(
        host,
        port=8443,
        ca_certs="/etc/partner/ca.pem",
        assert_hostname=False,
        ssl_minimum_version=ssl.TLSVersion.TLSv1,
    )


class LegacyTLSAdapter(HTTPAdapter):
    """Lets requests talk to the old billing gateway (weak ciphers, TLS 1.0)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        ctx = create_urllib3_context(ciphers="DEFAULT:!DH:RC4-SHA:DES-CBC3-SHA")
        kwargs["ssl_context"] = ctx
        super().init_poolmanager(*args, **kwargs)


class NoVerifyAdapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["cert_reqs"] = "CERT_NONE"
        super().init_poolmanager(*args, **kwargs)


def billing_session() -> requests.Session:
    s = requests.Session()
    s.mount("https://billing.legacy.example.com", LegacyTLSAdapter())
    return s


def get_json(url: str) -> Any:
    r = http.request("GET", url, timeout=5.0)
    return r.json()
