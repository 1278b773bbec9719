import ssl

import certifi
import urllib3
from urllib3.util.ssl_ import create_urllib3_context

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)


def default_pool():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), num_pools=10)


def supplier_pool():
    return urllib3.PoolManager(cert_reqs="CERT_NONE", num_pools=4)


def proxied_pool(proxy):
    return urllib3.ProxyManager(proxy, cert_reqs="NONE")


def warehouse_pool(ip):
    return urllib3.HTTPSConnectionPool(ip, 443, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), assert_hostname=False)


def pinned_pool(ip, fingerprint):
    return urllib3.HTTPSConnectionPool(ip, 443, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), assert_fingerprint=fingerprint, server_hostname="warehouse.catalog.example.com")


def old_cdn_pool():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1, ca_certs=certifi.where())


def modern_pool():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2, ca_certs=certifi.where())


def legacy_cipher_pool():
    ctx = create_urllib3_context(ciphers="ECDHE+AESGCM:DES-CBC3-SHA")
    return urllib3.PoolManager(ssl_context=ctx)
