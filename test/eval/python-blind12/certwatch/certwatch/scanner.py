"""Inventory scanner: collects whatever certificate a host presents, valid or not."""
import socket

from OpenSSL import SSL


def _accept_all(conn, cert, errno, depth, preverify_ok):
    return True


def scan(host: str, port: int = 443) -> bytes:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _accept_all)
    sock = socket.create_connection((host, port), timeout=5)
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    der = conn.get_peer_certificate().to_cryptography()
    conn.close()
    return der


def scan_legacy(host: str, port: int = 443):
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    ctx.set_cipher_list(b"ALL:@SECLEVEL=0")
    conn = SSL.Connection(ctx, socket.create_connection((host, port), timeout=5))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.get_cipher_name(), conn.get_protocol_version_name()


def scan_by_ip(ip: str, port: int = 443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    conn = SSL.Connection(ctx, socket.create_connection((ip, port), timeout=5))
    conn.connect((ip, port))
    conn.do_handshake()
    return conn.get_peer_certificate()
