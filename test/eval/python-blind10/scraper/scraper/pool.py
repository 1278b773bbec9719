"""urllib3 pools for the image mirror."""
import ssl

import certifi
import urllib3

POOL_OPTIONS = dict(num_pools=20, maxsize=10, cert_reqs="NONE", retries=urllib3.Retry(3))

images = urllib3.PoolManager(**POOL_OPTIONS)
thumbnails = urllib3.PoolManager(num_pools=4, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())

cdn = urllib3.HTTPSConnectionPool(
    "203.0.113.40",
    port=443,
    cert_reqs="CERT_REQUIRED",
    ca_certs=certifi.where(),
    assert_hostname=False,
)

origin = urllib3.HTTPSConnectionPool(
    "198.51.100.7",
    port=443,
    cert_reqs="CERT_REQUIRED",
    ca_certs=certifi.where(),
    server_hostname="origin.images.example.com",
)

proxy = urllib3.ProxyManager(
    "https://egress-proxy.example.com:3128",
    ca_certs=certifi.where(),
    ssl_minimum_version=ssl.TLSVersion.TLSv1,
)

archive = urllib3.PoolManager(ca_certs=certifi.where(), ssl_minimum_version=ssl.TLSVersion.TLSv1_2, ssl_maximum_version=ssl.TLSVersion.TLSv1_3)


def fetch_image(url):
    return images.request("GET", url, preload_content=False)
