import ssl
from dataclasses import dataclass

MODERN_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20"
COMPAT_CIPHERS = MODERN_CIPHERS + ":AES256-SHA:DES-CBC3-SHA"


@dataclass
class TLSProfile:
    ciphers: str = MODERN_CIPHERS
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2
    ecdh_curve: str = "prime256v1"


PROFILES = {
    "modern": TLSProfile(),
    "compat": TLSProfile(ciphers=COMPAT_CIPHERS, min_version=ssl.TLSVersion.TLSv1),
    "iot": TLSProfile(ecdh_curve="prime192v1"),
}


def client_context(profile_name="modern", cafile=None):
    p = PROFILES[profile_name]
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.set_ciphers(p.ciphers)
    ctx.minimum_version = p.min_version
    ctx.set_ecdh_curve(p.ecdh_curve)
    return ctx


def server_context(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ciphers("ECDHE+AESGCM:!aNULL:!MD5")
    return ctx


def mtls_upstream_context(cafile, cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    ctx.load_cert_chain(cert, key)
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def legacy_upstream_context(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    return ctx


def pinned_context(cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def describe(ctx):
    weak = ctx.minimum_version in (ssl.TLSVersion.TLSv1, ssl.TLSVersion.TLSv1_1)
    return {"weak_min": weak, "compression": not (ctx.options & ssl.OP_NO_COMPRESSION)}
