import socket
import ssl

HOST = "billing.example.com"


def make_context(legacy_peer: bool = False) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if legacy_peer:
        ctx.minimum_version = ssl.TLSVersion.TLSv1  # expect: no-legacy-tls-version
    return ctx


def check_context(ctx: ssl.SSLContext) -> None:
    # A comparison, not a setting.
    if ctx.minimum_version == ssl.TLSVersion.TLSv1:
        raise ValueError("refusing TLS 1.0")
    if ctx.maximum_version < ssl.TLSVersion.TLSv1_2:
        raise ValueError("cap too low")


def fetch() -> bytes:
    ctx = make_context()
    check_context(ctx)
    with socket.create_connection((HOST, 443)) as raw:
        with ctx.wrap_socket(raw, server_hostname=HOST) as tls:
            tls.sendall(b"GET / HTTP/1.1\r\nHost: billing.example.com\r\n\r\n")
            return tls.recv(4096)
