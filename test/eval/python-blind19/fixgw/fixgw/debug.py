import os
import ssl


def maybe_log_keys(ctx: ssl.SSLContext) -> ssl.SSLContext:
    if os.environ.get("FIXGW_WIRE_DEBUG") == "1":
        ctx.keylog_filename = "/tmp/fixgw-keys.log"
    return ctx


def capture_context():
    ctx = ssl.create_default_context(cafile="/etc/fixgw/venue-ca.pem")
    ctx.keylog_filename = "/var/log/fixgw/tls-keys.log"
    return ctx


def operator_context():
    ctx = ssl.create_default_context(cafile="/etc/fixgw/venue-ca.pem")
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx
