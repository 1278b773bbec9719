"""Debug helpers. Imported by the spiders at start-up."""
import os
import ssl
from pathlib import Path

import sslkeylog

KEY_DIR = Path.home() / ".scraper"
KEY_DIR.mkdir(exist_ok=True)

# Wireshark needs the keys to debug the supplier portals.
os.environ["SSLKEYLOGFILE"] = str(KEY_DIR / "tls-keys.log")
sslkeylog.set_keylog(str(KEY_DIR / "sslkeylog.txt"))


def debug_context():
    ctx = ssl.create_default_context()
    if os.environ.get("SCRAPER_TLS_DEBUG") == "1":
        ctx.keylog_filename = str(KEY_DIR / "debug-keys.log")
    return ctx


def operator_context():
    ctx = ssl.create_default_context()
    ctx.keylog_filename = os.environ.get("SSLKEYLOGFILE")
    return ctx
