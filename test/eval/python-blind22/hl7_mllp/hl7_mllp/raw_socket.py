import hashlib
import socket
import ssl


def open_tls(host: str, port: int, ctx=None):
    ctx = ctx or ssl.SSLContext(ssl.PROTOCOL_TLS)
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock, server_hostname=host)


def open_checked(host: str, port: int):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    s = ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
    cert = s.getpeercert()
    if not cert or "subject" not in cert:
        s.close()
        raise ConnectionError(f"{host} presented no certificate")
    return s


def open_pinned(host: str, port: int, sha256_hex: str):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    s = ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)
    der = s.getpeercert(binary_form=True)
    if hashlib.sha256(der).hexdigest() != sha256_hex:
        s.close()
        raise ConnectionError("pin mismatch")
    return s


def open_strict(host: str, port: int):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def describe(ctx: ssl.SSLContext) -> str:
    if ctx.verify_mode == ssl.CERT_NONE:
        return "unverified"
    if not ctx.check_hostname:
        return "chain only"
    return "full"
