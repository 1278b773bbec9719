import ssl

import urllib3
from urllib3.util.ssl_ import create_urllib3_context

from . import settings


def proxy_pool() -> urllib3.ProxyManager:
    return urllib3.ProxyManager(
        settings.PROXY_URL,
        cert_reqs="CERT_REQUIRED",
        ca_certs="/etc/crawlkit/proxy-ca.pem",
        num_pools=20,
    )


def residential_pool() -> urllib3.ProxyManager:
    return urllib3.ProxyManager(
        "https://residential.proxyvendor.example.net:8443",
        cert_reqs="NONE",
        proxy_headers=urllib3.make_headers(proxy_basic_auth="crawl:secret"),
    )


def mirror_pool() -> urllib3.HTTPSConnectionPool:
    return urllib3.HTTPSConnectionPool(
        "mirror.crawl.example.com",
        443,
        ca_certs="/etc/crawlkit/mirror-ca.pem",
        assert_hostname=False,
    )


def tuned_pool() -> urllib3.PoolManager:
    ctx = create_urllib3_context(ciphers="ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5")
    ctx.load_verify_locations("/etc/ssl/certs/ca-certificates.crt")
    return urllib3.PoolManager(ssl_context=ctx, ssl_minimum_version=ssl.TLSVersion.TLSv1_2)


def old_cdn_pool() -> urllib3.PoolManager:
    return urllib3.PoolManager(
        ssl_minimum_version=ssl.TLSVersion.TLSv1,
        ciphers="DEFAULT:DES-CBC3-SHA",
    )
