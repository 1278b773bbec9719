"""Helpers for debugging TLS handshakes in staging.

Usage: set TLS_DEBUG=1 and run the service; keys land in /tmp so Wireshark can decrypt.
Never set SSLKEYLOGFILE in production!
"""
import logging
import os
import subprocess
import sys

import sslkeylog

log = logging.getLogger(__name__)

KEYLOG_PATH = "/tmp/sslkeys.log"


def enable_keylog():
    os.environ["SSLKEYLOGFILE"] = KEYLOG_PATH
    log.info("TLS key logging to %s", KEYLOG_PATH)


def enable_keylog_if_asked():
    if os.environ.get("TLS_DEBUG") == "1":
        os.environ.setdefault("SSLKEYLOGFILE", KEYLOG_PATH)


def patch_keylog():
    sslkeylog.set_keylog("/var/log/app/keys.log")


def run_capture(cmd):
    env = dict(os.environ, SSLKEYLOGFILE=KEYLOG_PATH)
    return subprocess.run(cmd, env=env, check=False).returncode


def current_keylog():
    return os.environ.get("SSLKEYLOGFILE")


if __name__ == "__main__":
    enable_keylog()
    sys.exit(run_capture(sys.argv[1:]))
