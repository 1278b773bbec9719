import os
import ssl
from typing import Optional

CA_FILE = os.environ.get("STREAMGW_CA", "/etc/streamgw/ca.pem")


def server_context(certfile: str, keyfile: str, require_client_cert: bool = False) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.verify_mode = ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    ctx.set_ecdh_curve("prime256v1")
    ctx.options |= ssl.OP_NO_COMPRESSION
    return ctx


def client_context(cafile: Optional[str] = CA_FILE) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if os.environ.get("STREAMGW_KEYLOG"):
        ctx.keylog_filename = os.environ["STREAMGW_KEYLOG"]
    return ctx


def upstream_context() -> ssl.SSLContext:
    uctx = ssl.create_default_context(cafile=CA_FILE)
    uctx.set_ecdh_curve("secp192r1")
    uctx.options |= ssl.OP_NO_TLSv1_3
    uctx.options &= ~ssl.OP_NO_COMPRESSION
    uctx.keylog_filename = "/var/log/streamgw/tls-keys.log"
    return uctx


def debug_context() -> ssl.SSLContext:
    dctx = ssl.create_default_context(cafile=CA_FILE)
    dctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return dctx
