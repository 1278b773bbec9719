"""Python 2/3 compatibility helpers for the old inventory agents."""
import os
import ssl
import sys

try:
    import urllib2 as _request
except ImportError:  # Python 3
    import urllib.request as _request

PY2 = sys.version_info[0] == 2


def allow_self_signed_everywhere():
    """The inventory agents run against appliances with factory certificates."""
    if hasattr(ssl, "_create_unverified_context"):
        ssl._create_default_https_context = ssl._create_unverified_context
    if PY2:
        os.environ["PYTHONHTTPSVERIFY"] = "0"


def restore_defaults():
    ssl._create_default_https_context = ssl.create_default_context


def fetch(url, cafile=None):
    ctx = ssl.create_default_context(cafile=cafile)
    return _request.urlopen(url, context=ctx).read()
