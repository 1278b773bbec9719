"""Certificate probes run by the inventory job."""
import hashlib
import socket
import ssl

from .tls import CA_FILE


def fetch_cert_fingerprint(host, port=443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    return hashlib.sha256(der).hexdigest()


def seconds_to_expiry(host, port=443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
    return ssl.cert_time_to_seconds(cert["notAfter"])


def banner(ip, port):
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.check_hostname = False
    with socket.create_connection((ip, port), timeout=5) as raw:
        with ctx.wrap_socket(raw) as tls:
            return tls.recv(256)


def check_subject(host, port, expected_cn):
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            subject = dict(item[0] for item in cert["subject"])
    if subject.get("commonName") != expected_cn:
        raise ssl.SSLError(f"unexpected certificate subject {subject!r}")
    return subject
