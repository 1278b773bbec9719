"""The 2009-era RTUs: TLS 1.0, 3DES, and a callback that accepts what the vendor ships."""
import socket

from OpenSSL import SSL


def _accept_vendor_cert(conn, cert, errno, depth, ok):
    return True


def rtu_context() -> SSL.Context:
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_cipher_list(b"DES-CBC3-SHA")
    ctx.set_verify(SSL.VERIFY_PEER, _accept_vendor_cert)
    return ctx


def rtu_connection(host: str) -> SSL.Connection:
    sock = socket.create_connection((host, 20000), timeout=15)
    conn = SSL.Connection(rtu_context(), sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def modern_rtu_context() -> SSL.Context:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    ctx.load_verify_locations("/etc/bridge/rtu-ca.pem")
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    return ctx
