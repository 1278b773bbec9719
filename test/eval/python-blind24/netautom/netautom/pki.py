import socket

from OpenSSL import SSL, crypto

from .inventory import CA_BUNDLE


def fetch_chain(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: True)
    ctx.load_verify_locations(CA_BUNDLE)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    chain = conn.get_peer_cert_chain()
    return [crypto.dump_certificate(crypto.FILETYPE_PEM, c) for c in chain]


def fetch_expiry(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    conn = SSL.Connection(ctx, socket.socket(socket.AF_INET, socket.SOCK_STREAM))
    conn.set_tlsext_host_name(host.encode())
    conn.connect((host, port))
    return conn.get_peer_certificate().get_notAfter()


def fetch_subject(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda c, x, e, d, ok: ok)
    ctx.load_verify_locations(CA_BUNDLE)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_connect_state()
    conn.do_handshake()
    subject = conn.get_peer_certificate().get_subject()
    if subject.CN != host:
        raise SSL.Error("name mismatch")
    return subject
