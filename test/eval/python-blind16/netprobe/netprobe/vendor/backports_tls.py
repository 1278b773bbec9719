# Vendored from an internal backports package (2017). Do not edit.
import ssl

NPN_PROTOCOLS = ["h2", "http/1.1"]


def negotiating_context(cafile=None):
    ctx = ssl.create_default_context(cafile=cafile)
    if ssl.HAS_NPN:
        ctx.set_npn_protocols(NPN_PROTOCOLS)
    ctx.set_alpn_protocols(NPN_PROTOCOLS)
    return ctx


def permissive_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def old_server_context(certfile, keyfile):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(certfile, keyfile)
    sctx.options &= ~ssl.OP_NO_TLSv1
    sctx.set_ciphers("HIGH:!aNULL:!MD5:!RC4")
    return sctx


def matches(cert, hostname):
    try:
        ssl.match_hostname(cert, hostname)
        return True
    except ssl.CertificateError:
        return False
