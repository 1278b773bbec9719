"""Shared ssl contexts for the raw-socket clients."""
import ssl


def legacy_context():
    ctx = ssl.create_default_context(cafile="/etc/ssl/corp-ca.pem")
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    ctx.options &= ~ssl.OP_NO_TLSv1_1
    return ctx


def compressed_context():
    ctx = ssl.create_default_context(cafile="/etc/ssl/corp-ca.pem")
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def hardened_context():
    ctx = ssl.create_default_context(cafile="/etc/ssl/corp-ca.pem")
    ctx.options |= ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.options |= ssl.OP_NO_TICKET
    return ctx


def gateway_context():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx


def modern_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    return ctx


def describe(ctx):
    if ctx.minimum_version == ssl.TLSVersion.TLSv1:
        return "accepts TLS 1.0"
    return "modern"
