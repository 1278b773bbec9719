"""Hardened TLS contexts (reference implementations)."""
import socket
import ssl

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname

CA = "/etc/harbor/ca.pem"


def client(host, port):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    ctx.maximum_version = ssl.TLSVersion.MAXIMUM_SUPPORTED
    ctx.options |= ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_NO_RENEGOTIATION
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL")
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    ctx.keylog_filename = None
    return ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host)


def server():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/harbor/srv.crt", "/etc/harbor/srv.key")
    ctx.set_ecdh_curve("secp384r1")
    ctx.load_dh_params("/etc/harbor/ffdhe3072.pem")
    return ctx


def openssl_client(host, port):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
    ctx.load_verify_locations(CA)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_cipher_list(b"ECDHE+AESGCM")
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn
