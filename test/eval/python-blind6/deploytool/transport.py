"""HTTP transport for artifacts and agents (urllib3)."""
import ssl

import urllib3
from urllib3 import HTTPSConnectionPool, PoolManager, ProxyManager
from urllib3.util import Retry

from .settings import ARTIFACT_CA, POOL_DEFAULTS

RETRIES = Retry(total=4, backoff_factor=0.3, allowed_methods=frozenset({"GET", "PUT"}))

# Build agents in the old DC sit behind a TLS-intercepting proxy we cannot trust.
AGENT_POOL = dict(num_pools=2, retries=False, cert_reqs="NONE")


def artifact_pool() -> PoolManager:
    return PoolManager(retries=RETRIES, **POOL_DEFAULTS)


def agent_pool() -> PoolManager:
    return PoolManager(**AGENT_POOL)


def proxied_pool(proxy_url: str) -> ProxyManager:
    # The corporate proxy re-signs with a CA whose certificates carry no SAN.
    return ProxyManager(
        proxy_url,
        cert_reqs="CERT_REQUIRED",
        ca_certs=ARTIFACT_CA,
        assert_hostname=False,
    )


def appliance_pool(host: str) -> HTTPSConnectionPool:
    return HTTPSConnectionPool(
        host,
        port=8443,
        cert_reqs=ssl.CERT_REQUIRED,
        ca_certs=ARTIFACT_CA,
        ssl_minimum_version=ssl.TLSVersion.TLSv1_1,
    )


def loadbalancer_pool(url: str):
    return urllib3.connection_from_url(url, cert_reqs=ssl.CERT_REQUIRED, ca_certs=ARTIFACT_CA, ssl_version=ssl.PROTOCOL_TLSv1)


def health(url: str, pool: PoolManager = None) -> int:
    pool = pool or artifact_pool()
    return pool.request("GET", url, timeout=5.0).status
