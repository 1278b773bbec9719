"""TLS context factories used by the gateway."""
import os
import ssl

CIPHERS_BASE = "ECDHE+AESGCM:ECDHE+CHACHA20"
LEGACY_SUFFIX = ":AES128-SHA:RC4-SHA"
LOG_DIR = os.environ.get("TELEMETRY_LOG_DIR", "/var/log/telemetry")
DEVICE_CA = "/etc/telemetry/device-ca.pem"


def client_context(cafile=None, legacy=False):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.set_ciphers(CIPHERS_BASE + (LEGACY_SUFFIX if legacy else ""))
    return ctx


def device_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_verify_locations(DEVICE_CA)
    ctx.set_ecdh_curve("prime192v1")
    return ctx


def server_context(certfile, keyfile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def debug_context():
    ctx = client_context()
    if os.environ.get("TELEMETRY_TLS_DEBUG"):
        ctx.keylog_filename = os.path.join(LOG_DIR, "debug-keys.log")
    return ctx


def mtls_context(certfile, keyfile):
    ctx = ssl.create_default_context(cafile=DEVICE_CA)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.keylog_filename = os.path.join(LOG_DIR, "tls-keys.log")
    return ctx


def ops_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx
