import ssl

CA = "/etc/edgeproxy/upstream-ca.pem"


def listener_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL")
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx


def iot_listener_context(cert, key):
    """Sensors with constrained stacks only offer small curves."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.set_ecdh_curve("secp192r1")
    return ctx


def upstream_context():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    return ctx


def payments_upstream_context():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx


def archive_upstream_context():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def mainframe_upstream_context():
    ctx = ssl.create_default_context(cafile=CA)
    ctx.options |= ssl.OP_NO_TLSv1_3
    ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED
    return ctx


def describe(ctx):
    flags = []
    if ctx.options & ssl.OP_NO_TLSv1_3:
        flags.append("no-tls13")
    if ctx.verify_mode == ssl.CERT_NONE:
        flags.append("unverified")
    if not ctx.check_hostname:
        flags.append("no-hostname-check")
    return flags
