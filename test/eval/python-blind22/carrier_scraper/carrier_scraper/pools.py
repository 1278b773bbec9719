import functools
import ssl

import certifi
import urllib3
from urllib3.util.ssl_ import create_urllib3_context

LooseManager = functools.partial(urllib3.PoolManager, num_pools=4, cert_reqs="CERT_NONE")
edi_pool = LooseManager(maxsize=8)
strict = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())
edi_ip_pool = urllib3.HTTPSConnectionPool("10.40.1.9", 443, cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), assert_hostname=False)
edi_named_pool = urllib3.HTTPSConnectionPool("10.40.1.9", 443, ca_certs=certifi.where(), assert_hostname="edi.freight-carrier.example")
old_portal = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1, ca_certs=certifi.where())
modern_portal = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2, ca_certs=certifi.where())

RC4_CTX = create_urllib3_context(ciphers="HIGH:!aNULL:!MD5:RC4-SHA")
GOOD_CTX = create_urllib3_context(ciphers="ECDHE+AESGCM:ECDHE+CHACHA20")
