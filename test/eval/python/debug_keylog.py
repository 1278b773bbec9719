"""Helpers for debugging TLS with Wireshark."""
import os
import ssl


def client_context(debug=False):
    ctx = ssl.create_default_context()
    # Honour the operator's SSLKEYLOGFILE, like create_default_context does.
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog:
        ctx.keylog_filename = keylog
    return ctx


def always_logging_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = "/var/log/myapp/tls-keys.log"  # expect: no-tls-key-logging
    return ctx
