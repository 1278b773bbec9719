import ssl

import urllib3

CA = "/etc/oss/ca/ne.pem"


def ne_pool(host):
    return urllib3.HTTPSConnectionPool(host, 443, cert_reqs="CERT_REQUIRED", ca_certs=CA)


def ems_pool():
    return urllib3.PoolManager(cert_reqs="NONE", retries=urllib3.Retry(3))


def ip_pool(ip):
    return urllib3.HTTPSConnectionPool(ip, 8443, cert_reqs="CERT_REQUIRED", ca_certs=CA, assert_hostname=False)


def named_ip_pool(ip):
    return urllib3.HTTPSConnectionPool(ip, 8443, cert_reqs="CERT_REQUIRED", ca_certs=CA, assert_hostname="ne-01.core.example.net")


def legacy_pool():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1, ca_certs=CA)


def modern_pool():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2, ca_certs=CA)


def proxy_pool(proxy_url):
    return urllib3.ProxyManager(proxy_url, cert_reqs=ssl.CERT_REQUIRED, ca_certs=CA)
