import socket
import ssl

from .ciphers import LEGACY_CIPHERS


def connect_verified(host, port, ca_certs):
    sock = socket.create_connection((host, port), timeout=30)
    return ssl.wrap_socket(sock, ca_certs=ca_certs, cert_reqs=ssl.CERT_REQUIRED)


def connect_mainframe(host, port):
    sock = socket.create_connection((host, port), timeout=30)
    return ssl.wrap_socket(sock, ciphers=LEGACY_CIPHERS)


def channel_context(ca_certs):
    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
    ctx.options &= ~ssl.OP_NO_SSLv3
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(ca_certs)
    return ctx


def open_channel(host, port, ca_certs):
    ctx = channel_context(ca_certs)
    sock = socket.create_connection((host, port), timeout=30)
    return ctx.wrap_socket(sock, server_hostname=host)
