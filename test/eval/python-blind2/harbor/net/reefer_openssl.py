"""Reefer container telemetry gateway (pyOpenSSL client)."""
import socket

from OpenSSL import SSL

GATEWAY = "reefer-gw.harbor.example.net"


def reefer_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda c, x, e, d, ok: ok)
    ctx.load_verify_locations("/etc/harbor/reefer-ca.pem")
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    return ctx


def read_temperatures():
    ctx = reefer_context()
    conn = SSL.Connection(ctx, socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    conn.set_tlsext_host_name(GATEWAY.encode())
    conn.connect((GATEWAY, 8883))
    conn.do_handshake()
    conn.sendall(b"TEMPS\n")
    return conn.recv(8192)
