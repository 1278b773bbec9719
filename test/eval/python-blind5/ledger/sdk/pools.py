"""Raw urllib3 pools for the bulk export endpoints."""
import ssl

import certifi
import urllib3
from urllib3.util import Retry

RETRY = Retry(total=3, backoff_factor=1.0)

EXPORT_POOL = urllib3.PoolManager(
    cert_reqs="CERT_REQUIRED",
    ca_certs=certifi.where(),
    retries=RETRY,
)


def ip_pool(ip):
    return urllib3.HTTPSConnectionPool(ip, port=8443, ca_certs=certifi.where(), assert_hostname=False)


def named_ip_pool(ip, name):
    return urllib3.HTTPSConnectionPool(ip, port=8443, ca_certs=certifi.where(), server_hostname=name)


def mirror_pool(url):
    return urllib3.connection_from_url(url, cert_reqs=ssl.CERT_NONE, retries=RETRY)


def capped_pool():
    return urllib3.PoolManager(
        ca_certs=certifi.where(),
        ssl_maximum_version=ssl.TLSVersion.TLSv1,
    )


PROXY = urllib3.ProxyManager("http://proxy.corp.example.com:3128", cert_reqs="CERT_REQUIRED",
                             ca_certs=certifi.where())
