import socket

from OpenSSL import SSL


def fetch_chain(host: str, port: int = 443) -> list:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    chain = conn.get_peer_cert_chain()
    conn.close()
    return [c.get_subject().CN for c in chain]


def _accept_all(conn, cert, errno, depth, ok):
    return True


def fetch_leaf(host: str, port: int = 443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _accept_all)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.get_peer_certificate()
