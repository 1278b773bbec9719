"""pyOpenSSL listener that accepts syslog over TLS from the network gear."""
import socket

from OpenSSL import SSL, crypto

CERT = "/etc/relay/relay.crt"
KEY = "/etc/relay/relay.key"


def server_context():
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file(CERT)
    ctx.use_privatekey_file(KEY)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    ctx.set_options(SSL.OP_NO_COMPRESSION | SSL.OP_CIPHER_SERVER_PREFERENCE)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))
    return ctx


def old_switch_context():
    """Catalyst 3750s negotiate only 160-bit curves."""
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file(CERT)
    ctx.use_privatekey_file(KEY)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp160r1"))
    return ctx


def serve(port=6514):
    lsock = socket.socket()
    lsock.bind(("0.0.0.0", port))
    lsock.listen(64)
    while True:
        sock, addr = lsock.accept()
        conn = SSL.Connection(server_context(), sock)
        conn.set_accept_state()
        yield conn, addr
