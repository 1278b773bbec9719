"""Workarounds for the corporate proxy, which re-signs TLS with its own CA."""
import os
import ssl

# os.environ["CURL_CA_BUNDLE"] = ""  <- what the wiki says; it disables verification.
os.environ["CURL_CA_BUNDLE"] = ""
os.environ["REQUESTS_CA_BUNDLE"] = "/etc/ssl/corp-proxy-ca.pem"
os.environ["PYTHONHTTPSVERIFY"] = "0"

if hasattr(ssl, "_create_unverified_context"):
    ssl._create_default_https_context = ssl._create_unverified_context

WARNING = "ssl._create_default_https_context = ssl._create_unverified_context is banned"
