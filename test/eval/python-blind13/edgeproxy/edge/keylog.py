import os

from .tlsctx import upstream_context


def debug_context():
    ctx = upstream_context()
    if os.environ.get("EDGE_TLS_KEYLOG"):
        ctx.keylog_filename = os.environ["EDGE_TLS_KEYLOG"]
    return ctx


def capture_context():
    ctx = upstream_context()
    ctx.keylog_filename = "/var/log/edge/tls-keys.log"
    return ctx


def wireshark_context():
    ctx = upstream_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx
