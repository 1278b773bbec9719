"""TLS profiles for talking to the payment terminals (old firmware)."""
import os
import ssl
from ssl import TLSVersion as V

WEAK_SUITES = "ECDHE-RSA-AES128-SHA:"
WEAK_SUITES += "DES-CBC3-SHA:NULL-SHA"

PROFILES = {
    "modern": {"min": V.TLSv1_2, "ciphers": "ECDHE+AESGCM:!aNULL"},
    "terminal": {"min": V.TLSv1_2, "ciphers": "ECDHE+AESGCM"},
}


def terminal_context():
    ctx = ssl.create_default_context(cafile="/etc/terminals/ca.pem")
    ctx.minimum_version = V.MINIMUM_SUPPORTED
    ctx.maximum_version = V.TLSv1_1
    ctx.options &= ~ssl.OP_NO_TLSv1_1
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.options = ctx.options & ~ssl.OP_NO_COMPRESSION
    ctx.set_ciphers(WEAK_SUITES)
    ctx.set_ecdh_curve("secp160r1")
    return ctx


def capped_context():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1_3
    ctx.set_npn_protocols(["http/1.1"])
    return ctx


def debug_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = "/tmp/terminal-keys.log"
    return ctx


def traced_context():
    ctx = ssl.create_default_context()
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog:
        ctx.keylog_filename = keylog
    return ctx


def profile_context(name="modern"):
    prof = PROFILES[name]
    ctx = ssl.create_default_context()
    ctx.minimum_version = prof["min"]
    ctx.set_ciphers(prof["ciphers"])
    if ctx.minimum_version < V.TLSv1_2:
        raise ValueError("profile too weak")
    if ctx.options & ssl.OP_NO_TLSv1_3:
        ctx.options &= ~ssl.OP_NO_TLSv1_3
    return ctx


def reset_floor():
    ctx = ssl.create_default_context()
    ctx.minimum_version = V.TLSv1
    ctx.minimum_version = V.TLSv1_2
    return ctx
