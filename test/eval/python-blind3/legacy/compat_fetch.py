# -*- coding: utf-8 -*-
"""Fetch helpers kept from the Python 2 days (runs on both, do not modernise blindly)."""
from __future__ import print_function

import os
import socket
import ssl

try:
    import urllib2
except ImportError:  # Python 3
    import urllib.request as urllib2

try:
    import httplib
except ImportError:
    import http.client as httplib

os.environ["PYTHONHTTPSVERIFY"] = "0"
os.environ["CURL_CA_BUNDLE"] = ""

if hasattr(ssl, "_create_unverified_context"):
    ssl._create_default_https_context = ssl._create_unverified_context


def fetch(url):
    return urllib2.urlopen(url, timeout=30).read()


def fetch_with_ca(url):
    return urllib2.urlopen(url, cafile="/etc/pki/tls/certs/ca-bundle.crt").read()


def raw_banner(host, port=443):
    sock = socket.create_connection((host, port))
    tls = ssl.wrap_socket(sock)
    tls.sendall(b"HEAD / HTTP/1.0\r\nHost: " + host.encode() + b"\r\n\r\n")
    return tls.recv(1024)


def post_form(host, path, body):
    conn = httplib.HTTPSConnection(host, 443, context=ssl._create_stdlib_context())
    conn.request("POST", path, body)
    return conn.getresponse().read()
