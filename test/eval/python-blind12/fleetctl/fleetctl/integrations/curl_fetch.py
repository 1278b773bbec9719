from io import BytesIO

import pycurl


def fetch(url: str, cafile: str = "/etc/ssl/certs/ca-certificates.crt") -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, cafile)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()


def fetch_switch_config(addr: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, f"https://{addr}/config/running")
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    c.close()
    return buf.getvalue()


def fetch_ip_pinned(url: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, "/etc/fleetctl/pki/root.pem")
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    return buf.getvalue()
