"""Wireshark support for the feed engineers."""
import os

import sslkeylog

KEYLOG = "/var/log/scorefeed/tls-keys.log"


def enable_capture() -> None:
    sslkeylog.set_keylog(KEYLOG)


def enable_capture_from_env() -> None:
    sslkeylog.set_keylog(os.environ.get("SSLKEYLOGFILE"))


def export_for_workers() -> None:
    os.putenv("SSLKEYLOGFILE", "/var/log/scorefeed/worker-keys.log")


def stop_capture() -> None:
    os.environ.pop("SSLKEYLOGFILE", None)
