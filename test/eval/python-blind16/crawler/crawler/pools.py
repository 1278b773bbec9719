import ssl

import certifi
import urllib3

from . import settings

pool = urllib3.PoolManager(
    num_pools=50,
    cert_reqs="CERT_REQUIRED",
    ca_certs=certifi.where(),
    retries=urllib3.Retry(total=settings.RETRY_TIMES),
)


def proxy_pool(proxy_url: str) -> urllib3.ProxyManager:
    return urllib3.ProxyManager(proxy_url, num_pools=10, cert_reqs="NONE")


def shop_pool(host: str) -> urllib3.HTTPSConnectionPool:
    return urllib3.HTTPSConnectionPool(host, port=443, maxsize=4, ca_certs=certifi.where(), assert_hostname=False)


def old_shop_pool(host: str) -> urllib3.HTTPSConnectionPool:
    return urllib3.HTTPSConnectionPool(
        host,
        port=443,
        ca_certs=certifi.where(),
        ssl_minimum_version=ssl.TLSVersion.TLSv1_1,
    )


def modern_pool(host: str) -> urllib3.HTTPSConnectionPool:
    return urllib3.HTTPSConnectionPool(
        host,
        port=443,
        cert_reqs=ssl.CERT_REQUIRED,
        ca_certs=certifi.where(),
        ssl_minimum_version=ssl.TLSVersion.TLSv1_2,
        assert_hostname=host,
    )
