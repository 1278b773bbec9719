from OpenSSL import SSL, crypto


def server_context():
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION)  # expect: no-legacy-tls-version
    ctx.use_certificate_file("server.pem")
    ctx.use_privatekey_file("server.key")
    ctx.set_cipher_list(b"HIGH:!aNULL:!MD5")
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime256v1"))
    return ctx


def accept(listener, ctx):
    client, _ = listener.accept()
    conn = SSL.Connection(ctx, client)
    conn.set_accept_state()
    return conn
