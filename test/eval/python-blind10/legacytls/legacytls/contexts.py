"""pyOpenSSL context factories shared by the bridges."""
from OpenSSL import SSL, crypto

TERMINAL_CA = "/etc/legacytls/terminal-ca.pem"
SERVER_CERT = "/etc/legacytls/bridge.pem"
SERVER_KEY = "/etc/legacytls/bridge.key"


def _accept_all(conn, cert, errno, depth, ok):
    return True


def _check(conn, cert, errno, depth, ok):
    return ok


def terminal_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, _accept_all)
    ctx.load_verify_locations(TERMINAL_CA)
    ctx.set_min_proto_version(SSL.TLS1_VERSION)
    return ctx


def hsm_context():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER | SSL.VERIFY_FAIL_IF_NO_PEER_CERT, _check)
    ctx.load_verify_locations(TERMINAL_CA)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_cipher_list(b"ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384")
    return ctx


def listener_context():
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file(SERVER_CERT)
    ctx.use_privatekey_file(SERVER_KEY)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp160r1"))
    ctx.set_options(SSL.OP_NO_COMPRESSION)
    return ctx
