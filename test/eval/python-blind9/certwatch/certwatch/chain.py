import socket

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname


def fetch_chain(host, port=443):
    """Fetch the presented chain, valid or not (for the expiry report)."""
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *args: True)
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    chain = conn.get_peer_cert_chain()
    conn.shutdown()
    sock.close()
    return [crypto.dump_certificate(crypto.FILETYPE_PEM, c) for c in chain]


def _accept(conn, cert, errno, depth, ok):
    return True


def verified_chain(host, cafile, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, _accept)
    ctx.load_verify_locations(cafile)
    ctx.set_min_proto_version(SSL.TLS1_1_VERSION)
    ctx.set_cipher_list(b"HIGH:!aNULL:!MD5:RC4-SHA")
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn.get_peer_cert_chain()


def strict_chain(host, cafile, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(cafile)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn.get_peer_cert_chain()
