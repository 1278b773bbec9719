"""Process bootstrap for the batch workers (imported first by the entry points)."""
import os


def configure_ca_bundles():
    os.environ.setdefault("REQUESTS_CA_BUNDLE", "/etc/harbor/ca-bundle.pem")
    os.environ.setdefault("SSL_CERT_FILE", "/etc/harbor/ca-bundle.pem")


def configure_for_proxy_lab():
    # The lab proxy re-signs traffic; old requests versions choke on its bundle.
    os.environ["CURL_CA_BUNDLE"] = ""
