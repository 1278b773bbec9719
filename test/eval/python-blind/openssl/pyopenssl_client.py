"""Fetch the peer certificate chain of a host (used by the cert-expiry monitor)."""
import socket
from datetime import datetime, timezone

from OpenSSL import SSL, crypto


def _accept_all(conn, cert, errnum, depth, ok):
    return True


def fetch_chain(host: str, port: int = 443) -> list[crypto.X509]:
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, _accept_all)
    sock = socket.create_connection((host, port), timeout=10)
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())  # SNI so we get the right certificate
    conn.set_connect_state()
    conn.do_handshake()
    chain = conn.get_peer_cert_chain() or []
    conn.shutdown()
    sock.close()
    return chain


def expiry(host: str, port: int = 443) -> datetime:
    leaf = fetch_chain(host, port)[0]
    return datetime.strptime(leaf.get_notAfter().decode(), "%Y%m%d%H%M%SZ").replace(tzinfo=timezone.utc)


def secure_fetch(host: str, port: int = 443) -> bytes:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.set_default_verify_paths()
    ctx.set_cipher_list(b"ECDHE+AESGCM:!aNULL")
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(b"HEAD / HTTP/1.0\r\n\r\n")
    data = conn.recv(4096)
    conn.close()
    return data


def legacy_fetch(host: str, port: int = 443) -> bytes:
    ctx = SSL.Context(SSL.SSLv23_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    ctx.set_cipher_list(b"ALL:!aNULL:!eNULL:RC4-MD5")
    ctx.set_verify(SSL.VERIFY_PEER, lambda *args: True)
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode("idna"))
    conn.set_connect_state()
    conn.do_handshake()
    conn.sendall(b"GET / HTTP/1.0\r\nHost: " + host.encode() + b"\r\n\r\n")
    return conn.recv(65536)
