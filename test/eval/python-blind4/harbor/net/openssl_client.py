"""pyOpenSSL client for the license server (verifies the chain only)."""
import socket

from OpenSSL import SSL

LICENSE_HOST = "license.harbor.example"


def _verify(conn, cert, errno, depth, ok):
    return ok


def check_license():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _verify)
    ctx.load_verify_locations("/etc/harbor/license-ca.pem")
    conn = SSL.Connection(ctx, socket.create_connection((LICENSE_HOST, 443)))
    conn.set_tlsext_host_name(LICENSE_HOST.encode())
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(b"STATUS\n")
    return conn.recv(1024)
