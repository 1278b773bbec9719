"""pyOpenSSL connections to upstream HSM and payment endpoints."""
import socket

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname

CA = "/etc/gateway/upstream-ca.pem"


def _verify_cb(conn, cert, errno, depth, ok):
    return ok


def secure_connect(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, _verify_cb)
    ctx.load_verify_locations(CA)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def _accept_all(conn, cert, errno, depth, ok):
    return True


def hsm_connect(host, port=1792):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _accept_all)
    ctx.use_certificate_file("/etc/gateway/hsm-client.pem")
    ctx.use_privatekey_file("/etc/gateway/hsm-client.key")
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def legacy_acquirer(host, port=443):
    ctx = SSL.Context(SSL.TLSv1_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *a: True)
    ctx.set_cipher_list(b"DES-CBC3-SHA:RC4-SHA")
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode())
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def settlement_connect(host, port=443):
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    ctx.load_verify_locations(CA)
    ctx.set_min_proto_version(SSL.TLS1_1_VERSION)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp160r1"))
    conn = SSL.Connection(ctx, socket.create_connection((host, port)))
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def server_context():
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_chain_file("/etc/gateway/server.pem")
    ctx.use_privatekey_file("/etc/gateway/server.key")
    ctx.set_verify(SSL.VERIFY_NONE, None)
    return ctx
