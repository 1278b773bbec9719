import io
import ssl

import pycurl
import urllib3
from urllib3.util.ssl_ import create_urllib3_context


def curl_fetch(url):
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    c.close()
    return buf.getvalue()


def curl_fetch_mirror(url):
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, "/etc/ssl/mirror-ca.pem")
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()


def curl_strict(url):
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    return buf.getvalue()


def pool_with_ciphers():
    ctx = create_urllib3_context(ciphers="ECDHE-RSA-AES256-GCM-SHA384:EXP-RC4-MD5")
    return urllib3.PoolManager(ssl_context=ctx)


def pool_min():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_1)


def pool_legacy_version():
    return urllib3.PoolManager(ssl_version=ssl.PROTOCOL_TLSv1)


def pool_modern():
    return urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2, ca_certs="/etc/ssl/certs/ca-certificates.crt")
