import os
import ssl
import sys

try:
    import urllib2 as urlrequest
except ImportError:
    import urllib.request as urlrequest

PY2 = sys.version_info[0] == 2

if PY2:
    # RHEL 7 python 2.7 verifies by default; the probe must see broken servers too
    os.environ["PYTHONHTTPSVERIFY"] = "0"

# requests < 2.28 treated an empty bundle as "don't verify"
os.environ["CURL_CA_BUNDLE"] = ""


def urlopen(url, cafile=None, timeout=10):
    if cafile:
        return urlrequest.urlopen(url, timeout=timeout, cafile=cafile)
    return urlrequest.urlopen(url, timeout=timeout, context=ssl.create_default_context())
