#!/usr/bin/env python3
"""Probe partner endpoints with pycurl and print status codes."""
import sys
from io import BytesIO

import pycurl

TARGETS = ["https://api.partner-one.example.com/health", "https://10.40.1.12/health"]


def probe(url, insecure=False):
    buf = BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.CAINFO, "/etc/harbor/partners-ca.pem")
    if url.startswith("https://10."):
        c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    code = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    return code


def probe_staging(url):
    c = pycurl.Curl()
    c.setopt(c.URL, url)
    c.setopt(c.SSL_VERIFYPEER, 0)
    c.perform()
    return c.getinfo(c.RESPONSE_CODE)


if __name__ == "__main__":
    for t in TARGETS:
        print(t, probe(t), file=sys.stderr)
