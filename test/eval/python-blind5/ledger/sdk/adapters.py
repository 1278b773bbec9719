"""Transport adapters: retries, pinned pools and a legacy-partner adapter."""
import ssl

from requests.adapters import HTTPAdapter
from urllib3 import PoolManager
from urllib3.util.retry import Retry
from urllib3.util.ssl_ import create_urllib3_context

DEFAULT_RETRY = Retry(total=5, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET", "PUT", "DELETE"}))


class RetryAdapter(HTTPAdapter):
    def __init__(self, retries=DEFAULT_RETRY, **kwargs):
        super().__init__(max_retries=retries, **kwargs)


class LegacyPartnerAdapter(RetryAdapter):
    """The partner's load balancer cannot do TLS 1.2 and serves an expired chain."""

    def init_poolmanager(self, connections, maxsize, block=False, **pool_kwargs):
        self.poolmanager = PoolManager(
            num_pools=connections,
            maxsize=maxsize,
            block=block,
            cert_reqs="NONE",
            ssl_minimum_version=ssl.TLSVersion.TLSv1,
        )


class CipherAdapter(RetryAdapter):
    CIPHERS = "ECDHE+AESGCM:!aNULL:!MD5:!RC4"

    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = create_urllib3_context(ciphers=self.CIPHERS)
        return super().init_poolmanager(*args, **kwargs)


class ExportAdapter(RetryAdapter):
    def init_poolmanager(self, *args, **kwargs):
        kwargs["ssl_context"] = create_urllib3_context(ciphers="ALL:eNULL")
        return super().init_poolmanager(*args, **kwargs)
