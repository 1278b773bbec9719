"""Blocking helpers for the admin CLI."""
import socket
import ssl

from .tls import CA_FILE

VAULT_HOST = "vault.internal.example.com"


def vault_socket() -> ssl.SSLSocket:
    vctx = ssl.create_default_context(cafile=CA_FILE)
    vctx.check_hostname = False
    raw = socket.create_connection((VAULT_HOST, 8200))
    return vctx.wrap_socket(raw)


def admin_socket(host: str) -> ssl.SSLSocket:
    actx = ssl.create_default_context(cafile=CA_FILE)
    return actx.wrap_socket(socket.create_connection((host, 9000)), server_hostname=host)


def ip_socket(ip: str) -> ssl.SSLSocket:
    ictx = ssl.create_default_context(cafile=CA_FILE)
    return ictx.wrap_socket(socket.create_connection((ip, 9000)), server_hostname=ip)
