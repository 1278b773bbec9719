"""TLS configuration checks run against scan targets."""
import socket
import ssl

from ..report import Finding


def _probe_context():
    ctx = ssl._create_unverified_context()
    return ctx


def accepts_tls10(host, port=443):
    ctx = _probe_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.maximum_version = ssl.TLSVersion.TLSv1
    try:
        with socket.create_connection((host, port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname=host):
                return True
    except (ssl.SSLError, OSError):
        return False


def certificate_valid(host, port=443):
    ctx = ssl.create_default_context()
    try:
        with socket.create_connection((host, port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                return tls.version()
    except ssl.SSLCertVerificationError:
        return None


def grade(ctx_info):
    if ctx_info.minimum_version <= ssl.TLSVersion.TLSv1_1:
        return Finding("weak-protocol", "Server accepts TLS 1.0/1.1 (set ssl_version=PROTOCOL_TLSv1_2 or better)")
    return None
