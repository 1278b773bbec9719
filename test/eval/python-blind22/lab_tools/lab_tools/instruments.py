"""Poll instrument controllers (HPLC, plate readers) over their HTTPS status APIs."""
import io

import pycurl

INSTRUMENTS = ["https://hplc-01.lab.example/status", "https://reader-02.lab.example/status"]


def _fetch(url: str, verify_peer: int = 1, verify_host: int = 2) -> bytes:
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.SSL_VERIFYPEER, verify_peer)
    c.setopt(pycurl.SSL_VERIFYHOST, verify_host)
    c.perform()
    c.close()
    return buf.getvalue()


def poll_all():
    return [_fetch(u) for u in INSTRUMENTS]


def poll_legacy_reader(url: str) -> bytes:
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.perform()
    return buf.getvalue()


def poll_by_ip(url: str) -> bytes:
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, "/etc/lab/ca.pem")
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.setopt(pycurl.WRITEDATA, buf)
    c.perform()
    return buf.getvalue()
