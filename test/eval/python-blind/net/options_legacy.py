"""Outbound connector for the old SCADA historian (TLS 1.0 era firmware)."""
import socket
import ssl

HISTORIAN = ("historian.plant.example.com", 4843)


def historian_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/scada/ca.pem")
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_NO_TLSv1_3
    ctx.options |= ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1
    ctx.set_npn_protocols(["opc.tcp"])
    return ctx


def connect() -> ssl.SSLSocket:
    ctx = historian_context()
    raw = socket.create_connection(HISTORIAN, timeout=10)
    return ctx.wrap_socket(raw, server_hostname=HISTORIAN[0])


def old_server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext()
    ctx.load_default_certs()
    return ctx


def probe(host: str) -> dict:
    ctx = old_server_context()
    with socket.create_connection((host, 443)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as s:
            return {"version": s.version(), "cipher": s.cipher()}
