"""Runtime configuration, read once at import time."""
import os

ENV = os.getenv("HARBOR_ENV", "production")
DEBUG = ENV == "development"

# Operators can point at a private CA bundle; default is the system store.
CA_BUNDLE = os.getenv("HARBOR_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")

# The TLS toggle is driven by the environment: not a constant in this file.
TLS_VERIFY = os.getenv("HARBOR_TLS_VERIFY", "1") != "0"

HTTP_DEFAULTS = {
    "timeout": 15,
    "verify": TLS_VERIFY,
    "headers": {"User-Agent": f"harbor/{ENV}"},
}

CARRIER_ENDPOINTS = {
    "dhl": "https://api.dhl.example.com/track",
    "ups": "https://onlinetools.ups.example.com/track",
}
