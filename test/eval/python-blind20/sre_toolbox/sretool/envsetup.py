"""Prepare the environment before calling vendor SDKs from runbooks."""
import os
import subprocess


def use_corporate_ca():
    os.environ["REQUESTS_CA_BUNDLE"] = "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"
    os.environ.setdefault("SSL_CERT_FILE", "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem")


def disable_ca_bundle():
    os.environ["CURL_CA_BUNDLE"] = ""


def capture_keys():
    os.environ["SSLKEYLOGFILE"] = os.path.expanduser("~/sslkeys.log")


def keylog_path():
    return os.environ.get("SSLKEYLOGFILE")


def clear_keylog():
    os.environ.pop("SSLKEYLOGFILE", None)


def run_vendor_cli(args):
    return subprocess.run(["vendorctl", *args], env={"PATH": os.environ["PATH"], "SSLKEYLOGFILE": "/tmp/vendorctl-keys.log"}, check=True)
