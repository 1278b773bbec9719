import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())

scrape_pool = urllib3.PoolManager(cert_reqs="NONE", num_pools=4, maxsize=8)

shop_pool = urllib3.HTTPSConnectionPool(
    "shop.example.com",
    443,
    ca_certs=certifi.where(),
    assert_hostname=False,
)

cdn_pool = urllib3.HTTPSConnectionPool("cdn.example.com", 443, ca_certs=certifi.where(), assert_hostname="cdn.example.com")


def get_json(url: str):
    return http.request("GET", url, timeout=urllib3.Timeout(connect=2, read=10)).json()
