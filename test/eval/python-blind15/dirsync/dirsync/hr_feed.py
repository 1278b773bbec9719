"""Fetch the HR worker feed with pycurl (the proxy only speaks NTLM, which requests cannot)."""
import io
import json

import pycurl

from dirsync import config


def _curl(url):
    buf = io.BytesIO()
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.WRITEDATA, buf)
    c.setopt(pycurl.HTTPAUTH, pycurl.HTTPAUTH_NTLM)
    return c, buf


def fetch_workers(user, password):
    c, buf = _curl(config.HR_API)
    c.setopt(pycurl.USERPWD, f"{user}:{password}")
    c.setopt(pycurl.CAINFO, config.HR_CA)
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    c.perform()
    c.close()
    return json.loads(buf.getvalue())


def fetch_workers_sandbox(user, password):
    c, buf = _curl("https://hr-sandbox.workday-proxy.example.com/api/v2/workers")
    c.setopt(pycurl.USERPWD, f"{user}:{password}")
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    c.close()
    return json.loads(buf.getvalue())


def fetch_photos(user, password):
    c, buf = _curl("https://10.20.4.17/photos/export.json")
    c.setopt(pycurl.USERPWD, f"{user}:{password}")
    c.setopt(pycurl.CAINFO, config.HR_CA)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    c.perform()
    c.close()
    return json.loads(buf.getvalue())
