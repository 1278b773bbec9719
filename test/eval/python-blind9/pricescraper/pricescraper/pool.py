import ssl

import certifi
import urllib3

POOL_KW = {"cert_reqs": "CERT_REQUIRED", "ca_certs": certifi.where(), "retries": urllib3.Retry(3)}

http = urllib3.PoolManager(num_pools=20, **POOL_KW)
mirror = urllib3.PoolManager(cert_reqs="NONE", retries=False)
proxied = urllib3.ProxyManager("http://proxy.corp.example:3128", ca_certs=certifi.where(), assert_hostname=False)
old_site = urllib3.HTTPSConnectionPool("shop.legacy.example", 443, ca_certs=certifi.where(), ssl_minimum_version=ssl.TLSVersion.TLSv1)
pinned = urllib3.HTTPSConnectionPool(
    "api.shop.example",
    443,
    cert_reqs="CERT_REQUIRED",
    ca_certs=certifi.where(),
    assert_fingerprint="5E:1D:7A:22:09:F3:4B:8C:0D:11:26:9A:AF:30:E5:77:12:C4:8B:90",
)
cdn = urllib3.connection_from_url("https://cdn.shop.example", cert_reqs=ssl.CERT_NONE)
