import socket
import ssl


def open_tls(host, port=443):
    raw = socket.create_connection((host, port), timeout=10)
    if hasattr(ssl, "wrap_socket"):
        return ssl.wrap_socket(raw)
    return ssl.create_default_context().wrap_socket(raw, server_hostname=host)


def check_peer(sock, host):
    ssl.match_hostname(sock.getpeercert(), host)
