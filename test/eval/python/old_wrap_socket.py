"""Syslog over TLS, written for Python 2.7 and never updated."""
import socket
import ssl

SYSLOG_HOST = "logs.example.org"


def connect():
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tls = ssl.wrap_socket(raw, ca_certs="/etc/ssl/certs/ca-certificates.crt", cert_reqs=ssl.CERT_REQUIRED)  # expect: no-deprecated-tls-api
    tls.connect((SYSLOG_HOST, 6514))
    ssl.match_hostname(tls.getpeercert(), SYSLOG_HOST)  # expect: no-deprecated-tls-api
    return tls
