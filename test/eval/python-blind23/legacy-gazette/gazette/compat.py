"""Python 2/3 shims for the gazette appliance."""
import os
import ssl

try:
    import urllib2
except ImportError:
    import urllib.request as urllib2

# The notices registry appliance still has the 2014 self-signed certificate.
os.environ.setdefault("PYTHONHTTPSVERIFY", "0")

if hasattr(ssl, "_create_unverified_context"):
    ssl._create_default_https_context = ssl._create_unverified_context


def https_verification_disabled():
    return os.environ.get("PYTHONHTTPSVERIFY") == "0"


def urlopen(url, timeout=30):
    return urllib2.urlopen(url, timeout=timeout)
