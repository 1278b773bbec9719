"""Environment for CI jobs that call Vault through the corporate proxy."""
import os


def configure_proxy_env(proxy_url, ca_bundle=None):
    os.environ["HTTPS_PROXY"] = proxy_url
    if ca_bundle:
        os.environ["REQUESTS_CA_BUNDLE"] = ca_bundle
    else:
        os.environ["CURL_CA_BUNDLE"] = ""
