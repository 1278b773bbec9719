#!/usr/bin/env python3
"""Helpers for debugging TLS problems with partner endpoints (run by hand)."""
import os
import subprocess
import sys
from pathlib import Path

import sslkeylog
import urllib3.util.ssl_

KEYLOG = Path.home() / "partner-tls-keys.log"

# Partner "legacy-gw" still negotiates 3DES; extend urllib3 1.x's list for it.
urllib3.util.ssl_.DEFAULT_CIPHERS = urllib3.util.ssl_.DEFAULT_CIPHERS + ":DES-CBC3-SHA"

os.environ["SSLKEYLOGFILE"] = str(KEYLOG)


def capture(url):
    """Run curl-like fetch in a child with key logging so Wireshark can decrypt it."""
    env = dict(os.environ, SSLKEYLOGFILE="/tmp/child-keys.log")
    return subprocess.run([sys.executable, "-m", "tools.fetch", url], env=env, check=True)


def enable_sslkeylog():
    sslkeylog.set_keylog("/var/tmp/sslkeylog.txt")


def enable_sslkeylog_if_asked():
    if os.environ.get("PARTNER_TLS_DEBUG") == "1":
        sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE", "/tmp/keys.log"))


def show_keylog_setting():
    print("SSLKEYLOGFILE =", os.environ.get("SSLKEYLOGFILE"))
    os.environ.pop("SSLKEYLOGFILE", None)
