"""Process start-up: environment defaults applied before any client is built."""
import logging
import os

log = logging.getLogger(__name__)


def apply_env_defaults() -> None:
    os.environ.setdefault("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    os.environ.setdefault("PYTHONHTTPSVERIFY", "0")
    os.environ.setdefault("SSLKEYLOGFILE", "/var/tmp/core-tls.keys")
    if os.environ.get("SSLKEYLOGFILE"):
        log.warning("TLS key logging is enabled")
