"""Dial a switch's gNMI TLS port and read the negotiated parameters."""
import socket

from OpenSSL import SSL

from .inventory import CA_BUNDLE


def probe(host, port=57400):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(CA_BUNDLE)
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    version = conn.get_protocol_version_name()
    conn.shutdown()
    return version
