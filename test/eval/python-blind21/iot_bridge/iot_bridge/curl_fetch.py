from io import BytesIO

import pycurl

CURL_OPTS = [(pycurl.SSL_VERIFYPEER, 0), (pycurl.TIMEOUT, 30), (pycurl.FOLLOWLOCATION, 1)]


def fetch(url):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, "/etc/ssl/certs/corp-ca.pem")
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()


def fetch_device(url):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(c.URL, url)
    c.setopt(c.SSL_VERIFYHOST, 0)
    c.setopt(c.WRITEDATA, buf)
    c.perform()
    return buf.getvalue()


def fetch_bulk(url):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    for opt, value in CURL_OPTS:
        c.setopt(opt, value)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    return buf.getvalue()
