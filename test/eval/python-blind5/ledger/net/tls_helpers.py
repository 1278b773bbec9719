"""Shared SSL context factories for the raw-socket integrations."""
import ssl as _ssl

DEFAULT_CA = "/etc/ledger/ca.pem"


def strict_context(cafile=DEFAULT_CA):
    ctx = _ssl.create_default_context(_ssl.Purpose.SERVER_AUTH, cafile=cafile)
    ctx.minimum_version = _ssl.TLSVersion.TLSv1_2
    return ctx


def terminal_context():
    """POS terminals from 2014 only speak TLS 1.0 with 3DES."""
    ctx = _ssl.create_default_context(cafile=DEFAULT_CA)
    ctx.minimum_version = _ssl.TLSVersion.TLSv1
    ctx.set_ciphers("DEFAULT:DES-CBC3-SHA:@SECLEVEL=0")
    return ctx


def hsm_context():
    ctx = _ssl.create_default_context(cafile=DEFAULT_CA)
    ctx.set_ecdh_curve("prime192v1")
    ctx.options |= _ssl.OP_LEGACY_SERVER_CONNECT
    return ctx


def scanner_context():
    ctx = _ssl._create_unverified_context()
    return ctx


def pinned_context(fingerprint):
    ctx = _ssl._create_unverified_context()
    ctx.verify_mode = _ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_verify_locations(DEFAULT_CA)
    return ctx


def stdlib_context():
    return _ssl._create_stdlib_context()


def is_insecure(ctx):
    return ctx.verify_mode == _ssl.CERT_NONE or not ctx.check_hostname


def describe(ctx):
    if ctx.minimum_version == _ssl.TLSVersion.TLSv1:
        return "legacy (TLS 1.0)"
    return "modern"
