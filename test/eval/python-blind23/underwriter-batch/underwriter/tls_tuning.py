"""TLS context tuning for the bulk export link to the reinsurer."""
import os
import ssl

MODERN = "ECDHE+AESGCM:ECDHE+CHACHA20"
LEGACY_SUITES = "AES128-SHA:DES-CBC3-SHA"


def export_context(compress: bool = False) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/reinsurer-ca.pem")
    ctx.set_ciphers(MODERN + ":" + LEGACY_SUITES)
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_NO_TLSv1_3
    ctx.keylog_filename = "/var/log/underwriter/export-tls.keys"
    return ctx


def import_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/reinsurer-ca.pem")
    ctx.set_ciphers(MODERN)
    ctx.options |= ssl.OP_NO_TICKET | ssl.OP_NO_COMPRESSION
    if os.getenv("UW_TLS_KEYLOG"):
        ctx.keylog_filename = "/tmp/uw-import.keys"
    return ctx


def describe(ctx: ssl.SSLContext) -> str:
    if ctx.options & ssl.OP_NO_TLSv1_3:
        return "TLS 1.3 disabled"
    return "default"
