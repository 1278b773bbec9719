from io import BytesIO

import certifi
import pycurl


def _perform(handle):
    buf = BytesIO()
    handle.setopt(pycurl.WRITEDATA, buf)
    handle.perform()
    handle.close()
    return buf.getvalue()


def fetch(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.CAINFO, certifi.where())
    c.setopt(pycurl.SSL_VERIFYPEER, 1)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    return _perform(c)


def fetch_by_address(url):
    c = pycurl.Curl()
    c.setopt(c.URL, url)
    c.setopt(c.CAINFO, certifi.where())
    c.setopt(c.SSL_VERIFYHOST, 0)
    return _perform(c)


def fetch_anything(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 0)
    return _perform(c)


def fetch_staging(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    # tlslint-disable-next-line no-unverified-certificate -- staging mirror on a throwaway certificate, read-only
    c.setopt(pycurl.SSL_VERIFYPEER, 0)
    c.setopt(pycurl.SSL_VERIFYHOST, 2)
    return _perform(c)
