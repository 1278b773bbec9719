import socket
import ssl
from datetime import datetime, timezone

CA = "/etc/ssl/certs/ca-certificates.crt"


def probe(host: str, port: int = 443, timeout: float = 5.0):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version(), tls.cipher()


def grab_cert(host: str, port: int = 443) -> bytes:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.getpeercert(binary_form=True)


def days_left(host: str, port: int = 443) -> int:
    ctx = ssl._create_unverified_context()
    with ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host) as s:
        cert = s.getpeercert()
        if not cert:
            raise ssl.SSLError("no certificate presented")
    expires = datetime.fromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]), tz=timezone.utc)
    return (expires - datetime.now(timezone.utc)).days


def legacy_handshake(host: str, port: int = 443) -> str:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(CA)
    with ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host) as s:
        return s.version()


def pinned_context() -> ssl.SSLContext:
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(CA)
    return ctx
