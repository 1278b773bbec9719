from io import BytesIO

import pycurl

CA = "/etc/ssl/certs/corp-ca.pem"


def push_scim(url: str, body: bytes) -> int:
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.POSTFIELDS, body)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    status = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    return status


def pull_roster(url: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    c.close()
    return buf.getvalue()


def pull_groups(url: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.CAINFO, CA)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.perform()
    c.close()
    return buf.getvalue()
