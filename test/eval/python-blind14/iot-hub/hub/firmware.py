"""Firmware downloads with pycurl (resumable, rate-limited)."""
from io import BytesIO

import pycurl

FIRMWARE_CA = "/etc/hub/firmware-ca.pem"


def download(url: str, dest: str) -> int:
    c = pycurl.Curl()
    with open(dest, "wb") as fh:
        c.setopt(pycurl.URL, url)
        c.setopt(pycurl.WRITEDATA, fh)
        c.setopt(pycurl.CAINFO, FIRMWARE_CA)
        c.setopt(pycurl.SSL_VERIFYPEER, 1)
        c.setopt(pycurl.SSL_VERIFYHOST, 2)
        c.setopt(pycurl.MAX_RECV_SPEED_LARGE, 5 * 1024 * 1024)
        c.perform()
    code = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    return code


def vendor_manifest(url: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    c.close()
    return buf.getvalue()


def mirror_manifest(mirror_ip: str) -> bytes:
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, f"https://{mirror_ip}/manifest.json")
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.CAINFO, FIRMWARE_CA)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    c.close()
    return buf.getvalue()
