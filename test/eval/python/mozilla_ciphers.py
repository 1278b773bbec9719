"""TLS settings following Mozilla's intermediate profile."""
import ssl

MOZILLA_INTERMEDIATE = (
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"
)

# Never use "RC4-SHA" or "NULL" here: see docs/tls.md.
FORBIDDEN = ["RC4", "NULL", "EXPORT"]


def context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(MOZILLA_INTERMEDIATE)
    ctx.set_ecdh_curve("prime256v1")
    return ctx


def audit(ctx):
    names = [c["name"] for c in ctx.get_ciphers()]
    return [n for n in names if any(bad in n for bad in FORBIDDEN)]
