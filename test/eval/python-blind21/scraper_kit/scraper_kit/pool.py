import ssl

import urllib3
from requests.adapters import HTTPAdapter
from urllib3.util.ssl_ import create_urllib3_context


def pool(**kw):
    return urllib3.PoolManager(num_pools=10, **kw)


http = pool(cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/corp-ca.pem")
legacy_http = pool(cert_reqs="NONE")


def proxy(url):
    return urllib3.ProxyManager(url, cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/corp-ca.pem", assert_hostname=False)


def bounded_pool():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1, ca_certs="/etc/ssl/certs/corp-ca.pem")


class TLS12Adapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL")
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


class LegacyBankAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        ctx = create_urllib3_context(ciphers="DEFAULT:@SECLEVEL=1:DES-CBC3-SHA")
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)
