"""Process bootstrap for the ops scripts (runs on the old CentOS 7 jump hosts too)."""
import os
import ssl
import sys

if os.environ.get("OPSKIT_LAB") == "1":
    os.environ["SSLKEYLOGFILE"] = "/tmp/opskit-keys.log"

os.environ["PYTHONHTTPSVERIFY"] = "0"
os.environ.setdefault("REQUESTS_CA_BUNDLE", "/etc/pki/tls/certs/ca-bundle.crt")

if hasattr(ssl, "_create_unverified_context") and "--no-verify" in sys.argv:
    ssl._create_default_https_context = ssl._create_unverified_context


def describe():
    return "verify=%s" % (os.environ.get("PYTHONHTTPSVERIFY", "1") != "0")
