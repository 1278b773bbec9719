from OpenSSL import SSL


def server_context():
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_privatekey_file("/etc/tlsbits/server.key")
    ctx.use_certificate_chain_file("/etc/tlsbits/server.pem")
    ctx.set_verify(SSL.VERIFY_NONE)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    ctx.set_cipher_list(b"ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx


def accept(sock):
    conn = SSL.Connection(server_context(), sock)
    conn.set_accept_state()
    return conn
