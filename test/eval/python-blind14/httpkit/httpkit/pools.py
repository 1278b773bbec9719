import ssl

import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(), retries=urllib3.Retry(3))

# Printer fleet management UI: appliances with factory certificates.
printers = urllib3.HTTPSConnectionPool("printfleet.office.example.com", port=8443, cert_reqs="NONE", maxsize=4)

# Hardware load balancers are addressed by IP; their certificates name the VIP's DNS name.
lb_admin = urllib3.PoolManager(ca_certs="/etc/ssl/certs/lb-ca.pem", assert_hostname=False)

proxy = urllib3.ProxyManager(
    "https://egress-proxy.corp.example.com:3128",
    ca_certs=certifi.where(),
    ssl_minimum_version=ssl.TLSVersion.TLSv1,
)

modern = urllib3.PoolManager(ca_certs=certifi.where(), ssl_minimum_version=ssl.TLSVersion.TLSv1_2)
