import socket

from OpenSSL import SSL

CARBON = ("metrics.internal.example", 2004)


def push(lines):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_options(SSL.OP_NO_TICKET)
    conn = SSL.Connection(ctx, socket.create_connection(CARBON))
    conn.set_tlsext_host_name(CARBON[0].encode())
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall("\n".join(lines).encode() + b"\n")
    conn.shutdown()
    conn.close()
