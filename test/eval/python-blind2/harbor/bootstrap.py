"""Process bootstrap: environment and interpreter tweaks applied at start-up."""
import os
import ssl
import sys


def _legacy_python_workarounds():
    # Harbor still runs a Python 2.7 sidecar that inherits this environment.
    os.environ.setdefault("PYTHONHTTPSVERIFY", "0")


def _corporate_proxy():
    if os.getenv("HARBOR_BEHIND_MITM_PROXY"):
        os.environ["REQUESTS_CA_BUNDLE"] = "/etc/harbor/proxy-ca.pem"
    os.environ["CURL_CA_BUNDLE"] = ""


def _patch_urllib():
    ssl._create_default_https_context = ssl._create_unverified_context


def _restore_urllib():
    ssl._create_default_https_context = ssl.create_default_context


def init():
    _legacy_python_workarounds()
    _corporate_proxy()
    if sys.version_info < (3, 0):
        _patch_urllib()
    else:
        _restore_urllib()
