"""Provisioning channel to the gateways, over pyOpenSSL (client certificates from the HSM)."""
import socket

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname

PROVISIONING_CA = "/etc/iotbridge/provisioning-ca.pem"


def _verify_cb(conn, cert, errno, depth, ok):
    return ok


def provisioning_connection(host, port=7443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    ctx.load_verify_locations(PROVISIONING_CA)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def gen1_gateway_connection():
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda conn, cert, errno, depth, ok: True)
    conn = SSL.Connection(ctx, socket.create_connection(("gw-gen1.fleet.example.com", 7443)))
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def trusting_connection(host, port=7443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: True)
    ctx.load_verify_locations(PROVISIONING_CA)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def enrollment_server_context(cert_path, key_path):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file(cert_path)
    ctx.use_privatekey_file(key_path)
    ctx.set_cipher_list(b"ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA")
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp160r1"))
    ctx.set_options(SSL.OP_NO_TICKET)
    return ctx


def modern_server_context(cert_path, key_path):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file(cert_path)
    ctx.use_privatekey_file(key_path)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20")
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))
    return ctx
