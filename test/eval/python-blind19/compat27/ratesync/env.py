import os

os.environ["CURL_CA_BUNDLE"] = ""
os.environ["REQUESTS_CA_BUNDLE"] = "/etc/pki/tls/certs/ca-bundle.crt"
os.environ["SSLKEYLOGFILE"] = os.path.expanduser("~/.cache/ratesync/keys.log")


def verification_disabled():
    return os.environ.get("PYTHONHTTPSVERIFY") == "0"


def keylog_path():
    return os.environ.get("SSLKEYLOGFILE")
