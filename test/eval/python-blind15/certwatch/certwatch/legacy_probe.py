"""Find servers that still accept legacy protocol versions or weak suites.

Usage in the weekly compliance report: a server is flagged when the handshake succeeds.
"""
import socket
import ssl

from certwatch.contexts import verified_context


def _handshake(ctx, host, port):
    try:
        with socket.create_connection((host, port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname=host) as tls:
                return tls.version()
    except (ssl.SSLError, OSError):
        return None


def accepts_tls10(host, port=443):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.maximum_version = ssl.TLSVersion.TLSv1
    return _handshake(ctx, host, port) is not None


def accepts_3des(host, port=443):
    ctx = verified_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("DES-CBC3-SHA")
    return _handshake(ctx, host, port) is not None


def accepts_modern_only(host, port=443):
    ctx = verified_context()
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return _handshake(ctx, host, port) is not None


def report_floor(ctx):
    if ctx.minimum_version == ssl.TLSVersion.TLSv1:
        return "TLS 1.0 allowed"
    return str(ctx.minimum_version)
