"""Cipher profiles for the raw ssl listeners and clients."""
import ssl

MODERN = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"
COMPAT = "ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM:!aNULL"
LEGACY = "DEFAULT:@SECLEVEL=0"
PARTNER = "%s:%s" % (MODERN, "DES-CBC3-SHA")
EXCLUDES = "ECDHE+AESGCM:!RC4:!3DES:!EXPORT:!aNULL:!eNULL"


def context(profile_string):
    ctx = ssl.create_default_context()
    ctx.set_ciphers(profile_string)
    return ctx


def modern():
    return context(MODERN)


def compat():
    return context(COMPAT)


def legacy():
    return context(LEGACY)


def partner():
    return context(PARTNER)


def strict():
    return context(EXCLUDES)
