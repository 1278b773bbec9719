from io import BytesIO

import pycurl

CA = "/etc/iotbridge/firmware-ca.pem"


def download(url: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, CA)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()


def download_from_vendor_mirror(url: str) -> bytes:
    buf = BytesIO()
    m = pycurl.Curl()
    m.setopt(pycurl.URL, url)
    m.setopt(pycurl.SSL_VERIFYPEER, 0)
    m.setopt(pycurl.WRITEDATA, buf)
    m.perform()
    return buf.getvalue()


def download_by_ip(ip: str, path: str) -> bytes:
    buf = BytesIO()
    h = pycurl.Curl()
    h.setopt(pycurl.URL, f"https://{ip}{path}")
    h.setopt(pycurl.CAINFO, CA)
    h.setopt(pycurl.SSL_VERIFYHOST, 0)
    h.setopt(pycurl.WRITEDATA, buf)
    h.perform()
    return buf.getvalue()
