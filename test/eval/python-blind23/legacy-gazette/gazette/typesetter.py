"""Sends finished pages to the typesetting bureau's TLS socket service."""
import socket
import ssl

BUREAU = "typeset.bureau.example.com"
CA_FILE = "/etc/gazette/bureau-ca.pem"


def send_pages(pdf_bytes):
    sock = socket.create_connection((BUREAU, 9443))
    tls = ssl.wrap_socket(sock)
    cert = tls.getpeercert()
    if not cert:
        raise ssl.SSLError("bureau sent no certificate")
    tls.sendall(pdf_bytes)
    tls.close()


def send_proof(pdf_bytes):
    sock = socket.create_connection((BUREAU, 9444))
    tls = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs=CA_FILE)
    tls.sendall(pdf_bytes)
    tls.close()


def send_legacy_batch(pdf_bytes):
    sock = socket.create_connection((BUREAU, 9445))
    tls = ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1, cert_reqs=ssl.CERT_REQUIRED, ca_certs=CA_FILE)
    ssl.match_hostname(tls.getpeercert(), BUREAU)
    tls.sendall(pdf_bytes)
    tls.close()
