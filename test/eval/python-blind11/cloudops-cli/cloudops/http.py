import ssl

import certifi
import urllib3
from urllib3.util.ssl_ import create_urllib3_context


def pool(ca_certs=None):
    return urllib3.PoolManager(
        cert_reqs="CERT_REQUIRED",
        ca_certs=ca_certs or certifi.where(),
        retries=urllib3.Retry(total=3, backoff_factor=0.3),
    )


def bmc_pool():
    """iDRAC and iLO controllers ship with self-signed certificates."""
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    return urllib3.PoolManager(cert_reqs="NONE", timeout=urllib3.Timeout(connect=3, read=10))


def switch_pool(host):
    return urllib3.HTTPSConnectionPool(
        host, 443, cert_reqs="CERT_REQUIRED", ca_certs="/etc/cloudops/netops-ca.pem", assert_hostname=False
    )


def corporate_proxy(url):
    return urllib3.ProxyManager(url, ca_certs=certifi.where(), ssl_minimum_version=ssl.TLSVersion.TLSv1)


def old_pdu_pool(host):
    ctx = create_urllib3_context(ciphers="DEFAULT:@SECLEVEL=0")
    ctx.load_verify_locations("/etc/cloudops/netops-ca.pem")
    return urllib3.HTTPSConnectionPool(host, 443, ssl_context=ctx)
