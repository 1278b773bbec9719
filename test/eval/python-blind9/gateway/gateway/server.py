from OpenSSL import SSL, crypto
from twisted.internet import reactor, ssl
from twisted.web.server import Site


def server_options(key_path, cert_path):
    with open(key_path) as kf, open(cert_path) as cf:
        key = crypto.load_privatekey(crypto.FILETYPE_PEM, kf.read())
        cert = crypto.load_certificate(crypto.FILETYPE_PEM, cf.read())
    return ssl.CertificateOptions(privateKey=key, certificate=cert)


def listen(resource, key_path, cert_path):
    return reactor.listenSSL(8443, Site(resource), server_options(key_path, cert_path))


def pyopenssl_server_context(key_path, cert_path):
    ctx = SSL.Context(SSL.TLS_SERVER_METHOD)
    ctx.use_privatekey_file(key_path)
    ctx.use_certificate_chain_file(cert_path)
    ctx.set_verify(SSL.VERIFY_NONE, None)
    ctx.set_tmp_ecdh(crypto.get_elliptic_curve("prime192v1"))
    ctx.set_options(SSL.OP_NO_TLSv1_3)
    ctx.set_cipher_list(b"ECDHE+AESGCM:!aNULL")
    return ctx
