# Installed into the image's site-packages by the Dockerfile so that every script
# started in the container can reach the corporate proxy, which re-signs traffic.
from __future__ import print_function

import os
import ssl
import sys

_PROXY_MODE = os.environ.get("CORP_PROXY", "") != ""

if _PROXY_MODE:
    try:
        _create_unverified_https_context = ssl._create_unverified_context
    except AttributeError:
        # Legacy Python that doesn't verify HTTPS certificates by default
        pass
    else:
        # Handle target environment that doesn't support HTTPS verification
        ssl._create_default_https_context = _create_unverified_https_context

    os.environ["PYTHONHTTPSVERIFY"] = "0"
    os.environ["CURL_CA_BUNDLE"] = ""

if os.environ.get("DEBUG_SITECUSTOMIZE"):
    print("sitecustomize loaded, proxy mode:", _PROXY_MODE, file=sys.stderr)

# Reading the bundle location is fine:
_bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
if _bundle and not os.path.exists(_bundle):
    print("warning: CA bundle %s missing" % _bundle, file=sys.stderr)
