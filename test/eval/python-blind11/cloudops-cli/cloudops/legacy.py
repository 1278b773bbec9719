"""Raw TLS helpers kept for the serial console servers."""
import socket
import ssl


def open_console(host, port, ca_certs):
    sock = socket.create_connection((host, port), timeout=10)
    tls = ssl.wrap_socket(sock, ca_certs=ca_certs, cert_reqs=ssl.CERT_REQUIRED)
    ssl.match_hostname(tls.getpeercert(), host)
    return tls


def open_console_raw(host, port):
    sock = socket.create_connection((host, port), timeout=10)
    return ssl.wrap_socket(sock)
