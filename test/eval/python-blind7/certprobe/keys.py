import os
import ssl


def debug_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = "/tmp/certprobe-keys.log"
    return ctx


def opt_in_context():
    ctx = ssl.create_default_context()
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog:
        ctx.keylog_filename = keylog
    return ctx


def curve_context():
    ctx = ssl.create_default_context()
    ctx.set_ecdh_curve("prime192v1")
    return ctx


def server_curve_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("/etc/certprobe/server.pem")
    ctx.set_ecdh_curve("prime256v1")
    return ctx


def compat_context():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def no13_context():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def compression_enabled(ctx):
    return not (ctx.options & ssl.OP_NO_COMPRESSION)
