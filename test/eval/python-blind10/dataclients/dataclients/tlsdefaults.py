"""TLS defaults every client module imports with `from .tlsdefaults import *`."""
import ssl

INTERNAL_CA = "/etc/pki/platform/ca.pem"

DEFAULT_SSL_OPTIONS = {
    "ssl_cert_reqs": "required",
    "ssl_ca_certs": INTERNAL_CA,
}

# The lab cluster uses throwaway certificates.
LAB_SSL_OPTIONS = {
    "ssl_cert_reqs": ssl.CERT_NONE,
}

KAFKA_CIPHERS = "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256"
LEGACY_KAFKA_CIPHERS = KAFKA_CIPHERS + ":EXP-RC4-MD5"
