"""Low-level pools for the streaming endpoints."""
import ssl as _ssl

import urllib3
from urllib3.util.ssl_ import create_urllib3_context

POOL_DEFAULTS = {
    "maxsize": 8,
    "block": True,
    "cert_reqs": "NONE",
    "timeout": urllib3.Timeout(connect=2.0, read=10.0),
}

STRICT_POOL = {
    "maxsize": 4,
    "cert_reqs": "CERT_REQUIRED",
    "ca_certs": "/etc/harbor/ca-bundle.pem",
}


def build_pool(strict=False):
    opts = STRICT_POOL if strict else POOL_DEFAULTS
    return urllib3.PoolManager(**opts)


def metrics_pool(host):
    return urllib3.HTTPSConnectionPool(
        host,
        port=9443,
        cert_reqs=_ssl.CERT_REQUIRED,
        ca_certs="/etc/harbor/ca-bundle.pem",
        assert_hostname=False,
    )


def legacy_proxy(proxy_url):
    return urllib3.ProxyManager(
        proxy_url,
        ca_certs="/etc/harbor/ca-bundle.pem",
        ssl_minimum_version=_ssl.TLSVersion.TLSv1,
    )


def modern_pool():
    ctx = create_urllib3_context(ciphers="ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5")
    ctx.load_verify_locations("/etc/harbor/ca-bundle.pem")
    return urllib3.PoolManager(ssl_context=ctx, ssl_minimum_version=_ssl.TLSVersion.TLSv1_2)
