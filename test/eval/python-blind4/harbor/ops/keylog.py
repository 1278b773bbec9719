"""Packet-capture helpers for the network team."""
import os
import ssl
import subprocess

import sslkeylog

CAPTURE_DIR = "/var/tmp/harbor-captures"


def enable_capture_for_process():
    os.environ["SSLKEYLOGFILE"] = os.path.join(CAPTURE_DIR, "keys.log")


def capture_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = f"{CAPTURE_DIR}/ctx-{os.getpid()}.log"
    return ctx


def opt_in_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx


def debug_context():
    ctx = ssl.create_default_context()
    if os.environ.get("HARBOR_TLS_DEBUG"):
        ctx.keylog_filename = "/tmp/harbor-keys.log"
    return ctx


def install_global_keylog():
    sslkeylog.set_keylog(os.path.join(CAPTURE_DIR, "global.log"))


def run_capture(cmd):
    env = dict(os.environ)
    env.pop("SSLKEYLOGFILE", None)
    return subprocess.run(cmd, env=env, check=True)
