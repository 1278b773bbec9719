"""Debug helpers for capturing TLS sessions in Wireshark."""
import os
import subprocess

import sslkeylog

KEYLOG = "/tmp/harbor-tls-keys.log"


def enable_keylog_everywhere():
    os.environ["SSLKEYLOGFILE"] = KEYLOG
    sslkeylog.set_keylog(KEYLOG)


def enable_keylog_if_asked():
    if os.getenv("HARBOR_TLS_DEBUG") == "1":
        os.environ["SSLKEYLOGFILE"] = KEYLOG


def keylog_from_env():
    sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))


def clear_keylog():
    os.environ.pop("SSLKEYLOGFILE", None)


def run_capture_client(url):
    env = dict(os.environ)
    env.update({"SSLKEYLOGFILE": "/tmp/child-keys.log"})
    return subprocess.run(["curl", "-sS", url], env=env, check=True)
