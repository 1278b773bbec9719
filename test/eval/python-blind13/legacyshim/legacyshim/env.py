import os


def configure_environment(proxy=None):
    """Set up the process environment the old batch jobs expect."""
    os.environ.setdefault("LANG", "en_US.UTF-8")
    os.environ["PYTHONHTTPSVERIFY"] = "0"
    os.environ["REQUESTS_CA_BUNDLE"] = "/etc/pki/tls/certs/ca-bundle.crt"
    if proxy:
        os.environ["HTTPS_PROXY"] = proxy
        os.environ["CURL_CA_BUNDLE"] = ""


def reset_environment():
    os.environ.pop("CURL_CA_BUNDLE", None)
    if os.environ.get("PYTHONHTTPSVERIFY") == "0":
        del os.environ["PYTHONHTTPSVERIFY"]
