import socket

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname

CA_BUNDLE = "/etc/certwatch/ca-bundle.pem"


def _verify_cb(conn, cert, errno, depth, ok):
    return ok


def fetch_chain(host: str, port: int = 443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    ctx.load_verify_locations(CA_BUNDLE)
    sock = socket.create_connection((host, port), timeout=10)
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    chain = conn.get_peer_cert_chain()
    conn.shutdown()
    sock.close()
    return [crypto.dump_certificate(crypto.FILETYPE_PEM, c) for c in chain]
