import socket

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname


def _always_ok(conn, cert, errno, depth, ok):
    return True


def fetch_banner(host, port):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _always_ok)
    ctx.set_default_verify_paths()
    sock = socket.create_connection((host, port))
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn.recv(1024)


def legacy_device(host, port):
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *args: True)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def modern_device(host, port):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_1_VERSION)
    ctx.set_cipher_list(b"ECDHE-RSA-AES128-GCM-SHA256:NULL-MD5")
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp160r1"))
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations("/etc/ssl/device-ca.pem")
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn
