import time

import certifi
import urllib3

VERIFIED = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), retries=False)
RELAXED = urllib3.PoolManager(cert_reqs="CERT_NONE", retries=False)


def probe(target):
    pool = VERIFIED if target.ca_file is None else urllib3.PoolManager(ca_certs=target.ca_file)
    start = time.monotonic()
    try:
        resp = pool.request("GET", target.url, timeout=target.timeout)
        return resp.status, time.monotonic() - start
    except urllib3.exceptions.SSLError:
        return -1, time.monotonic() - start


def reachability(target):
    """Whether anything answers, even with a broken certificate."""
    try:
        resp = RELAXED.request("HEAD", target.url, timeout=target.timeout)
        return resp.status < 500
    except urllib3.exceptions.HTTPError:
        return False


def by_ip(ip, host, path="/"):
    pool = urllib3.HTTPSConnectionPool(ip, port=443, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), assert_hostname=False)
    return pool.request("GET", path, headers={"Host": host}).status
