import ssl

INTERMEDIATE = (
    "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
    "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
    "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"
)
SCAN_EVERYTHING = "ALL:@SECLEVEL=0"


def intermediate_context():
    ctx = ssl.create_default_context()
    ctx.set_ciphers(INTERMEDIATE)
    return ctx


def scanner_context():
    """Offer every suite OpenSSL knows, to find out what a server still accepts."""
    ctx = ssl.create_default_context()
    ctx.set_ciphers(SCAN_EVERYTHING)
    return ctx


def rc4_probe_context():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("RC4-SHA:RC4-MD5:ECDHE-RSA-AES128-GCM-SHA256")
    return ctx


def broad_context():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("HIGH:!aNULL:!MD5")
    return ctx


def excluded_context():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("DEFAULT:!RC4:!3DES:!aNULL")
    return ctx
