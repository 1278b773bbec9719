import socket
import ssl

CA_FILE = "/etc/ssl/certs/ca-certificates.crt"


def probe_smtp_banner(host, port=465):
    sock = socket.create_connection((host, port), timeout=10)
    tls = ssl.wrap_socket(sock)
    banner = tls.recv(512)
    tls.close()
    return banner


def probe_checked(host, port=443):
    sock = socket.create_connection((host, port), timeout=10)
    tls = ssl.wrap_socket(sock, ca_certs=CA_FILE, cert_reqs=ssl.CERT_REQUIRED)
    ssl.match_hostname(tls.getpeercert(), host)
    return tls


def probe_tls10(host, port=443):
    sock = socket.create_connection((host, port), timeout=10)
    return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1, ca_certs=CA_FILE, cert_reqs=ssl.CERT_REQUIRED)
