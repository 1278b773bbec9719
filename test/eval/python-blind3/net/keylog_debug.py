"""Helpers for capturing TLS traffic in the support lab."""
import os
import subprocess

import sslkeylog

LAB_KEYLOG = "/var/log/support/tls-keys.log"

os.environ.setdefault("SSLKEYLOGFILE", LAB_KEYLOG)


def enable_capture():
    sslkeylog.set_keylog(LAB_KEYLOG)


def enable_capture_if_asked():
    if os.environ.get("SUPPORT_TLS_CAPTURE") == "1":
        sslkeylog.set_keylog(LAB_KEYLOG)


def run_probe(target):
    env = dict(os.environ)
    env["SSLKEYLOGFILE"] = "/var/log/support/probe-keys.log"
    return subprocess.run(["python3", "-m", "probe", target], env=env, check=True)


def keylog_path():
    # reading the operator's choice is fine
    return os.environ.get("SSLKEYLOGFILE")
