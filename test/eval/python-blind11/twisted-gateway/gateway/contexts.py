import socket

from OpenSSL import SSL, crypto
from service_identity.pyopenssl import verify_hostname

CA_BUNDLE = "/etc/gateway/ca-bundle.pem"
MODERN_CIPHERS = b"ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384"


def _verify_cb(conn, cert, errno, depth, ok):
    return ok


def client_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    ctx.load_verify_locations(CA_BUNDLE)
    ctx.set_cipher_list(MODERN_CIPHERS)
    return ctx


def connect(host, port):
    conn = SSL.Connection(client_context(), socket.create_connection((host, port)))
    conn.set_tlsext_host_name(host.encode("idna"))
    conn.set_connect_state()
    conn.do_handshake()
    verify_hostname(conn, host)
    return conn


def server_context(cert_path, key_path):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_chain_file(cert_path)
    ctx.use_privatekey_file(key_path)
    ctx.set_options(SSL.OP_NO_COMPRESSION | SSL.OP_CIPHER_SERVER_PREFERENCE)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))
    ctx.set_verify(SSL.VERIFY_NONE)
    return ctx


def terminal_context(cert_path, key_path):
    """Context for the TX-200 terminals, whose firmware only offers P-192."""
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_chain_file(cert_path)
    ctx.use_privatekey_file(key_path)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime192v1"))
    return ctx
