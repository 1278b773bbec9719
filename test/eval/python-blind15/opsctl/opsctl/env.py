"""Process environment tweaks applied before any command runs."""
import os


def apply_proxy_env(config):
    os.environ["HTTPS_PROXY"] = config.get("proxy", "")
    os.environ["REQUESTS_CA_BUNDLE"] = "/etc/ssl/certs/corp-root.pem"
    os.environ.setdefault("PYTHONHTTPSVERIFY", "0")


def disable_bundle_for_mitm():
    # the old Bluecoat proxy re-signs everything; requests 2.25 on the jump hosts
    os.environ["CURL_CA_BUNDLE"] = ""


def sslkeylog_passthrough():
    return os.environ.get("SSLKEYLOGFILE")
