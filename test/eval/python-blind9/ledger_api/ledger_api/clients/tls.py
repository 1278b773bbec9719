"""TLS contexts shared by the outbound clients."""
import ssl

DEFAULT_CA = "/etc/ssl/certs/ca-certificates.crt"


def pinned_context(cafile=DEFAULT_CA):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def legacy_bank_context():
    """The clearing bank's gateway still negotiates TLS 1.0 with 3DES."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_default_certs()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.set_ciphers("DEFAULT:DES-CBC3-SHA")
    return ctx


def compat_context():
    ctx = pinned_context()
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    ctx.options |= ssl.OP_NO_TICKET
    return ctx
