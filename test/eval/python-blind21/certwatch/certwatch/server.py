import socket

from OpenSSL import SSL, crypto


def make_server_context(cert, key):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL")
    ctx.set_options(SSL.OP_NO_TLSv1 | SSL.OP_NO_TLSv1_1)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp384r1"))
    return ctx


def serve_once(cert, key, port=8443):
    ctx = make_server_context(cert, key)
    lsock = socket.create_server(("0.0.0.0", port))
    sock, _ = lsock.accept()
    conn = SSL.Connection(ctx, sock)
    conn.set_accept_state()
    conn.do_handshake()
    conn.sendall(b"certwatch\n")
    conn.shutdown()
