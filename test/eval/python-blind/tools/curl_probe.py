#!/usr/bin/env python
"""Probe endpoints with libcurl to get detailed timing."""
import io
import sys

import pycurl


def probe(url, insecure=False):
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.FOLLOWLOCATION, True)
    c.setopt(pycurl.CONNECTTIMEOUT, 5)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    timings = {
        "dns": c.getinfo(pycurl.NAMELOOKUP_TIME),
        "connect": c.getinfo(pycurl.CONNECT_TIME),
        "tls": c.getinfo(pycurl.APPCONNECT_TIME),
        "total": c.getinfo(pycurl.TOTAL_TIME),
    }
    status = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    return status, timings


def probe_pinned(url, cainfo="/etc/ssl/certs/ca-certificates.crt"):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, cainfo)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.setopt(pycurl.WRITEFUNCTION, lambda b: len(b))
    c.perform()
    code = c.getinfo(pycurl.RESPONSE_CODE)
    c.close()
    return code


def probe_name_only(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.setopt(pycurl.WRITEFUNCTION, lambda b: len(b))
    c.perform()
    c.close()


if __name__ == "__main__":
    for u in sys.argv[1:]:
        print(u, *probe(u))
