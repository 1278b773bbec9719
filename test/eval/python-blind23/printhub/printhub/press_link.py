"""TLS links to the press controllers on the factory floor (pyOpenSSL)."""
import socket

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname

PRESS_CA = "/etc/printhub/tls/press-ca.pem"


def press_controller(host: str, port: int = 7010) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.load_verify_locations(PRESS_CA)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: True)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def folder_unit(host: str, port: int = 7020) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.load_verify_locations(PRESS_CA)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def cutter_unit(host: str, port: int = 7030) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(PRESS_CA)
    ctx.set_options(SSL.OP_LEGACY_SERVER_CONNECT)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def binder_unit(host: str, port: int = 7040) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(PRESS_CA)
    ctx.set_cipher_list(b"ALL:!aNULL:@SECLEVEL=0")
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def legacy_rip_server(sock: socket.socket) -> SSL.Connection:
    """Accepts jobs from the old RIP workstations, which only speak TLS 1.0/1.1."""
    ctx = SSL.Context(SSL.TLSv1_1_METHOD)
    ctx.use_privatekey_file("/etc/printhub/tls/rip.key")
    ctx.use_certificate_file("/etc/printhub/tls/rip.crt")
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp192r1"))
    conn = SSL.Connection(ctx, sock)
    conn.set_accept_state()
    return conn


def proof_server(sock: socket.socket) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_privatekey_file("/etc/printhub/tls/proof.key")
    ctx.use_certificate_file("/etc/printhub/tls/proof.crt")
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL")
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))
    conn = SSL.Connection(ctx, sock)
    conn.set_accept_state()
    return conn


def ink_monitor(host: str, port: int = 7050) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(PRESS_CA)
    conn = SSL.Connection(ctx, socket.socket())
    conn.connect((host, port))
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn
