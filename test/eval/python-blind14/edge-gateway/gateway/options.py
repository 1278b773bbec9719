import os
import ssl

from gateway.tls import client_context


def acquirer_context() -> ssl.SSLContext:
    ctx = client_context("/etc/gateway/acquirer-ca.pem")
    # The acquirer's F5 predates RFC 5746.
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx


def archive_context() -> ssl.SSLContext:
    ctx = client_context()
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def hardened_context() -> ssl.SSLContext:
    ctx = client_context()
    ctx.options |= ssl.OP_NO_TICKET | ssl.OP_NO_RENEGOTIATION
    return ctx


def sensor_server_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    # The field sensors only implement P-192.
    ctx.set_ecdh_curve("prime192v1")
    return ctx


def compression_enabled(ctx: ssl.SSLContext) -> bool:
    return not (ctx.options & ssl.OP_NO_COMPRESSION)


def debug_context() -> ssl.SSLContext:
    ctx = client_context()
    if os.environ.get("GATEWAY_TLS_DEBUG"):
        ctx.keylog_filename = "/tmp/gateway-tls-keys.log"
    return ctx


def capture_context() -> ssl.SSLContext:
    ctx = client_context()
    ctx.keylog_filename = "/var/log/gateway/tls-keys.log"
    return ctx
