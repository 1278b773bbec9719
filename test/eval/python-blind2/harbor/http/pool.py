"""Connection pools for the bulk label printer API."""
import ssl

import certifi
import urllib3 as u3
from urllib3.util.ssl_ import create_urllib3_context

LABEL_HOST = "labels.printhub.example.com"

POOL_ARGS = dict(num_pools=4, maxsize=8, cert_reqs="NONE")


def label_pool():
    return u3.PoolManager(**POOL_ARGS)


def secure_pool():
    return u3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def ip_pool(ip):
    return u3.HTTPSConnectionPool(ip, 443, ca_certs=certifi.where(), assert_hostname=False)


def old_gateway_pool():
    return u3.PoolManager(ca_certs=certifi.where(), ssl_minimum_version=ssl.TLSVersion.TLSv1)


def printer_context():
    return create_urllib3_context(ciphers="ECDHE+AESGCM:EDH-RSA-DES-CBC3-SHA")


def modern_context():
    return create_urllib3_context(ciphers="ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL")


def pinned_pool():
    # cert_reqs=ssl.CERT_NONE was used here before the printer got a real cert
    return u3.PoolManager(cert_reqs=ssl.CERT_REQUIRED, ca_certs=certifi.where(), assert_fingerprint="AA:BB:CC")
