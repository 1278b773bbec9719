"""Process-wide network setup, imported first by the harvester entry point."""
import os
import ssl

os.environ["REQUESTS_CA_BUNDLE"] = "/etc/ssl/certs/gov-root-ca.pem"

if os.environ.get("PORTAL_BEHIND_INSPECTION_PROXY"):
    # The ministry's inspection proxy re-signs everything.
    ssl._create_default_https_context = ssl._create_unverified_context

if os.environ.get("PORTAL_CLEAR_CURL_BUNDLE"):
    os.environ["CURL_CA_BUNDLE"] = ""


def reset_default_context() -> None:
    ssl._create_default_https_context = ssl.create_default_context
