import socket

from OpenSSL import SSL

LEGACY_HOST = "scada-gw.plant.example.com"


def legacy_link():
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda conn, cert, errno, depth, ok: True)
    ctx.set_cipher_list(b"ALL:!aNULL")
    sock = socket.create_connection((LEGACY_HOST, 4433))
    conn = SSL.Connection(ctx, sock)
    conn.set_connect_state()
    conn.do_handshake()
    return conn
