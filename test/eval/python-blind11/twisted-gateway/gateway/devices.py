"""Direct connections to terminals in the field for diagnostics."""
import socket

from OpenSSL import SSL


def probe_device(host, port=8443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_cipher_list(b"HIGH:!aNULL")
    conn = SSL.Connection(ctx, socket.create_connection((host, port), timeout=5))
    conn.set_connect_state()
    conn.do_handshake()
    cert = conn.get_peer_certificate()
    return cert.get_subject().CN if cert else None


def legacy_device(host, port=8443):
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    ctx.set_verify(SSL.VERIFY_NONE, lambda conn, cert, errno, depth, ok: True)
    conn = SSL.Connection(ctx, socket.create_connection((host, port), timeout=5))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.get_cipher_name()
