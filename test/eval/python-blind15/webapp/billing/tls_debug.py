"""Diagnostics for the gateway integration."""
import os
import ssl

import sslkeylog

KEYLOG = "/var/log/portal/tls-keys.log"


def debug_context():
    ctx = ssl.create_default_context()
    if os.environ.get("PORTAL_TLS_DEBUG") == "1":
        ctx.keylog_filename = KEYLOG
    return ctx


def wireshark_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = "/tmp/portal-sslkeys.txt"
    return ctx


def env_keylog_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx


def enable_global_keylog():
    sslkeylog.set_keylog(KEYLOG)


os.environ["SSLKEYLOGFILE"] = "/var/log/portal/keys-all.log"
