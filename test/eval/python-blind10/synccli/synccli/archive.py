"""Raw socket access to the archive appliance's status port."""
import socket

from .tls import legacy_context, pinned_context

ARCHIVE_HOST = "archive-01.storage.example.com"


def status():
    ctx = legacy_context()
    raw = socket.create_connection((ARCHIVE_HOST, 7443), timeout=10)
    with ctx.wrap_socket(raw) as tls_sock:
        tls_sock.sendall(b"STATUS\n")
        return tls_sock.recv(4096).decode()


def pinned_status():
    ctx = pinned_context()
    raw = socket.create_connection((ARCHIVE_HOST, 7443), timeout=10)
    with ctx.wrap_socket(raw, server_hostname=ARCHIVE_HOST) as tls_sock:
        tls_sock.sendall(b"STATUS\n")
        return tls_sock.recv(4096).decode()
