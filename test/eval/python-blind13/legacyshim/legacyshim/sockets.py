import socket
import ssl

CA_FILE = "/etc/pki/tls/certs/corp-ca.pem"


def open_ledger_socket(host, port=7400):
    raw = socket.create_connection((host, port), timeout=20)
    tls = ssl.wrap_socket(raw, ca_certs=CA_FILE, cert_reqs=ssl.CERT_REQUIRED)
    return tls


def open_checked_socket(host, port=7400):
    raw = socket.create_connection((host, port), timeout=20)
    tls = ssl.wrap_socket(raw, ca_certs=CA_FILE, cert_reqs=ssl.CERT_REQUIRED)
    ssl.match_hostname(tls.getpeercert(), host)
    return tls
