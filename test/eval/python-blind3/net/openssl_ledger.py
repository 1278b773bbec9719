"""Ledger replica sync over pyOpenSSL (chain verified against our CA)."""
import socket

from OpenSSL import SSL

LEDGER_CA = "/etc/pki/ledger-ca.pem"


def _verify_cb(conn, cert, errno, depth, ok):
    return ok


def sync(host: str, port: int = 7443) -> bytes:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, _verify_cb)
    ctx.load_verify_locations(LEDGER_CA)
    conn = SSL.Connection(ctx, socket.socket())
    conn.set_tlsext_host_name(host.encode("idna"))
    conn.connect((host, port))
    conn.do_handshake()
    conn.sendall(b"SYNC\n")
    return conn.recv(65536)
