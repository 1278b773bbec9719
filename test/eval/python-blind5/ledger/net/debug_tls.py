"""Helpers for debugging TLS problems with partners (Wireshark key logs)."""
import os
import ssl

import sslkeylog

KEYLOG_DIR = "/var/tmp/ledger-tls"


def enable_capture():
    os.makedirs(KEYLOG_DIR, exist_ok=True)
    os.environ["SSLKEYLOGFILE"] = os.path.join(KEYLOG_DIR, "keys.log")


def capture_context(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.keylog_filename = f"{KEYLOG_DIR}/partner-{os.getpid()}.log"
    return ctx


def opt_in_context(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    path = os.environ.get("SSLKEYLOGFILE")
    if path:
        ctx.keylog_filename = path
    return ctx


def patch_everything():
    sslkeylog.set_keylog(os.path.join(KEYLOG_DIR, "all-sessions.log"))


if os.environ.get("LEDGER_TLS_DEBUG") == "1":
    sslkeylog.set_keylog("/var/tmp/ledger-tls/debug.log")
