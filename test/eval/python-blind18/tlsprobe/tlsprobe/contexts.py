import os
import ssl


def hardened_client_context(cafile=None) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5")
    ctx.options |= ssl.OP_NO_COMPRESSION
    ctx.set_ecdh_curve("prime256v1")
    return ctx


def compat_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.set_ecdh_curve("prime192v1")
    return ctx


def no_tls13_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1_3
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def reenable_tls1_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.options &= ~ssl.OP_NO_TLSv1
    return ctx


def server_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.set_ciphers("ECDHE+AESGCM")
    return ctx


def describe(ctx: ssl.SSLContext) -> str:
    if ctx.minimum_version <= ssl.TLSVersion.TLSv1_1:
        return "legacy"
    if ctx.verify_mode == ssl.CERT_NONE:
        return "unverified"
    if ctx.options & ssl.OP_NO_TLSv1_3:
        return "no TLS 1.3"
    if not ctx.check_hostname:
        return "no hostname check"
    return "modern"


def debug_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if os.environ.get("TLSPROBE_DEBUG"):
        ctx.keylog_filename = "/tmp/tlsprobe-keys.log"
    return ctx


def operator_keylog_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx
