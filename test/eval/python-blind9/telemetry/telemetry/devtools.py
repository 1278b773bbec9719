"""Debugging aids for the TLS connections (Wireshark)."""
import os
import ssl

import sslkeylog


def debug_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = "/var/log/telemetry/tls-keys.log"
    return ctx


def traced_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx


def enable_wireshark():
    if os.environ.get("TELEMETRY_DEBUG_TLS") == "1":
        os.environ["SSLKEYLOGFILE"] = "/tmp/telemetry-keys.log"


def enable_global_keylog():
    sslkeylog.set_keylog("/var/log/telemetry/sslkeys.txt")


os.environ.setdefault("SSLKEYLOGFILE", "/tmp/telemetry-dev-keys.log")
