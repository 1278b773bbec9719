"""TLS listener the field devices push to."""
import socket

from OpenSSL import SSL, crypto


def listener_context(certfile: str, keyfile: str) -> SSL.Context:
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_chain_file(certfile)
    ctx.use_privatekey_file(keyfile)
    ctx.set_options(SSL.OP_NO_SSLv2 | SSL.OP_NO_SSLv3 | SSL.OP_CIPHER_SERVER_PREFERENCE)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))
    ctx.set_verify(SSL.VERIFY_NONE, lambda *a: True)
    return ctx


def serve(certfile: str, keyfile: str, port: int = 6514) -> None:
    ctx = listener_context(certfile, keyfile)
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.bind(("0.0.0.0", port))
    srv.listen(64)
    while True:
        client, _ = srv.accept()
        conn = SSL.Connection(ctx, client)
        conn.set_accept_state()
        conn.do_handshake()
        conn.close()
