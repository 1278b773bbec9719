import os
import ssl
import subprocess

import sslkeylog


def capture(cmd):
    """Run a command with its TLS keys logged for Wireshark."""
    env = dict(os.environ)
    return subprocess.run(cmd, env={**env, "SSLKEYLOGFILE": "/var/tmp/capture-keys.log"}, check=False)


def enable_keylog():
    sslkeylog.set_keylog("/var/tmp/opskit-sslkeys.log")


def debug_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = "/var/tmp/opskit-ctx-keys.log"
    return ctx


def maybe_keylog(ctx):
    path = os.environ.get("SSLKEYLOGFILE")
    if path:
        ctx.keylog_filename = path
    return ctx


def clear_keylog():
    os.environ.pop("SSLKEYLOGFILE", None)
