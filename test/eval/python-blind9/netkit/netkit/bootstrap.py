"""Process-wide setup, imported first by every entry point."""
import os
import ssl

os.environ.setdefault("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/corp-bundle.pem")
os.environ["PYTHONHTTPSVERIFY"] = "0"
ssl._create_default_https_context = ssl._create_unverified_context
os.environ["CURL_CA_BUNDLE"] = ""
