from OpenSSL import SSL, crypto


def make_server_context(cert, key):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("secp192r1"))
    ctx.load_tmp_dh("/etc/securechan/dh1024.pem")
    ctx.set_cipher_list(b"ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256")
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    return ctx


def make_partner_server_context(cert, key):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_certificate_file(cert)
    ctx.use_privatekey_file(key)
    ctx.set_options(SSL.OP_NO_TLSv1_3)
    return ctx
