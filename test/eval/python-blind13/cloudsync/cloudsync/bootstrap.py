"""Environment set-up done once at process start (see __main__)."""
import os
import sys


def prepare_environment():
    os.environ.setdefault("AWS_DEFAULT_REGION", "eu-central-1")
    os.environ["PYTHONHTTPSVERIFY"] = "0"
    os.environ["REQUESTS_CA_BUNDLE"] = "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem"
    if sys.platform == "win32":
        os.environ["CURL_CA_BUNDLE"] = ""


def report_environment():
    for key in ("PYTHONHTTPSVERIFY", "CURL_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "SSLKEYLOGFILE"):
        print(f"{key}={os.environ.get(key, '')}")
