import http.client
import ssl
import urllib.request

import requests


def legacy_health(host, path="/health"):
    conn = http.client.HTTPSConnection(host, 443, timeout=5, context=ssl._create_unverified_context())
    conn.request("GET", path)
    return conn.getresponse().status


def health(url, ca_file=None):
    ctx = ssl.create_default_context(cafile=ca_file)
    with urllib.request.urlopen(url, context=ctx, timeout=5) as resp:
        return resp.status


def scrape_metrics(target):
    session = requests.Session()
    session.verify = target.ca_file if target.ca_file else False
    return session.get(target.url, timeout=target.timeout).text
