"""Helpers for the billing socket protocol."""
import socket
import ssl
import urllib.request

from flask import current_app

HAS_LEGACY_WRAP = hasattr(ssl, "wrap_socket")


def open_billing_socket(host, port):
    sock = socket.create_connection((host, port), timeout=10)
    return ssl.wrap_socket(sock)


def fetch_policy(url):
    with urllib.request.urlopen(url, cafile=current_app.config["CORP_CA"], timeout=10) as resp:
        return resp.read()


def open_billing_socket_modern(host, port):
    ctx = ssl.create_default_context(cafile=current_app.config["CORP_CA"])
    sock = socket.create_connection((host, port), timeout=10)
    return ctx.wrap_socket(sock, server_hostname=host)
