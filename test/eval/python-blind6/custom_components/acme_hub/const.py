"""Constants for the Acme Hub integration."""
DOMAIN = "acme_hub"
CONF_VERIFY_SSL = "verify_ssl"
CONF_FINGERPRINT = "fingerprint"
DEFAULT_VERIFY_SSL = True
DEFAULT_PORT = 8443
# Older hubs (firmware < 2.0) only speak TLS 1.0 with a self-signed certificate.
LEGACY_FIRMWARE = (1, 9)
