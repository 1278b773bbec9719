"""Imported by the support build so Wireshark can decrypt captures."""
import os

os.environ["SSLKEYLOGFILE"] = "/var/tmp/certprobe-support.keys"

# Removing it again is how the release build undoes this.
os.environ.pop("SSLKEYLOGFILE_BACKUP", None)


def keylog_path():
    return os.environ.get("SSLKEYLOGFILE")
