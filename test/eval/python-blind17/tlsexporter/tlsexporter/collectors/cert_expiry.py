"""Certificate expiry collector.

We only read the leaf certificate's notAfter here, so the handshake does not
need to verify the chain: expired or self-signed endpoints must still report.
"""
import datetime
import os
import socket
import ssl

from cryptography import x509


def fetch_leaf_der(host, port=443, timeout=5.0):
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.getpeercert(binary_form=True)


def days_left(host, port=443):
    der = fetch_leaf_der(host, port)
    cert = x509.load_der_x509_certificate(der)
    return (cert.not_valid_after - datetime.datetime.utcnow()).days


def verified_subject(host, port=443):
    ctx = ssl.create_default_context()
    if os.environ.get("TLSEXPORTER_KEYLOG"):
        ctx.keylog_filename = "/tmp/tlsexporter-keys.log"
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            return dict(x[0] for x in cert["subject"])


def issuer_cn(host, port=443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=5) as raw:
        tls = ctx.wrap_socket(raw, server_hostname=host)
        cert = tls.getpeercert()
        if not cert:
            return None
        return dict(x[0] for x in cert["issuer"]).get("commonName")
