import io

import pycurl


def raw_get(url, resolve=None):
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    if resolve:
        c.setopt(pycurl.RESOLVE, resolve)
    c.perform()
    status = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    return status, buf.getvalue()


def verified_get(url, ca_file):
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.CAINFO, ca_file)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.perform()
    c.close()
    return buf.getvalue()
