"""TLS endpoint for the handheld scanners."""
import os
import ssl

CERT = "/etc/harbor/scanner.crt"
KEY = "/etc/harbor/scanner.key"


def scanner_server_context():
    ctx = ssl.SSLContext()
    ctx.load_cert_chain(CERT, KEY)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ecdh_curve("prime192v1")
    ctx.load_dh_params("/etc/harbor/dh1024.pem")
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx


def legacy_scanner_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1_2)
    ctx.load_cert_chain(CERT, KEY)
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.set_npn_protocols(["http/1.1"])
    ctx.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA")
    return ctx


def debug_context():
    ctx = scanner_server_context()
    ctx.keylog_filename = "/var/tmp/scanner-keys.log"
    return ctx


def opt_in_keylog(ctx):
    path = os.environ.get("SSLKEYLOGFILE")
    if path:
        ctx.keylog_filename = path
    return ctx
