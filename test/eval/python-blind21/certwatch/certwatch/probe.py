import socket

from OpenSSL import SSL
from service_identity.pyopenssl import verify_hostname


def _accept_all(conn, cert, errno, depth, ok):
    # we want the chain even when it is broken, to report on it
    return True


def fetch_chain(host, port=443):
    """Collect the presented chain so the dashboard can show expiry dates."""
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _accept_all)
    ctx.set_default_verify_paths()
    sock = socket.create_connection((host, port), timeout=10)
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    chain = conn.get_peer_cert_chain()
    conn.shutdown()
    return chain


def check_expiry(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.set_default_verify_paths()
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    conn = SSL.Connection(ctx, socket.create_connection((host, port), timeout=10))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn.get_peer_certificate().get_notAfter()
