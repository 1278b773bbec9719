import os

import sslkeylog


def enable_wireshark_capture(path: str = "/tmp/tlsprobe-keys.log") -> None:
    os.environ["SSLKEYLOGFILE"] = path


def enable_sslkeylog() -> None:
    sslkeylog.set_keylog("/var/log/tlsprobe/keys.log")


def operator_keylog() -> None:
    path = os.environ.get("SSLKEYLOGFILE")
    if path:
        sslkeylog.set_keylog(path)
