"""pyOpenSSL client with service_identity name checks."""
import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname


def open_checked(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.set_default_verify_paths()
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn
