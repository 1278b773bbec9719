import os
import socket
import ssl

try:
    import http.client as httplib
except ImportError:
    import httplib

import requests


def check_http(host, path="/health"):
    conn = httplib.HTTPSConnection(host, 443, context=ssl.create_default_context(), timeout=5)
    conn.request("GET", path)
    return conn.getresponse().status


def check_lb(host, path="/health"):
    conn = httplib.HTTPSConnection(host, 443, timeout=5, check_hostname=False)
    conn.request("GET", path)
    return conn.getresponse().status


def check_socket(host, port=443):
    sock = socket.create_connection((host, port), timeout=5)
    ctx = ssl.create_default_context()
    tls = ctx.wrap_socket(sock, server_hostname=host)
    ssl.match_hostname(tls.getpeercert(), host)
    return tls.version()


def check_npn(host, port=443):
    ctx = ssl.create_default_context()
    ctx.set_npn_protocols(["h2", "http/1.1"])
    with ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host) as tls:
        return tls.selected_npn_protocol()


def check_api(url):
    os.environ["CURL_CA_BUNDLE"] = ""
    return requests.get(url, timeout=5).status_code


def check_with_bundle(url):
    os.environ["REQUESTS_CA_BUNDLE"] = "/etc/pki/tls/certs/ca-bundle.crt"
    return requests.get(url, timeout=5).status_code
