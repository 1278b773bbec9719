"""SSL contexts for the relay: one server context for devices, client contexts for upstreams."""
import os
import ssl

CERT_DIR = os.environ.get("EDGE_CERT_DIR", "/etc/edge/certs")
UPSTREAM_CA = os.path.join(CERT_DIR, "upstream-ca.pem")
MODERN_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20"


def device_server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(os.path.join(CERT_DIR, "edge.pem"), os.path.join(CERT_DIR, "edge.key"))
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ciphers(MODERN_CIPHERS)
    ctx.set_ecdh_curve("prime256v1")
    ctx.options |= ssl.OP_NO_TICKET
    return ctx


def upstream_context():
    ctx = ssl.create_default_context(cafile=UPSTREAM_CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(MODERN_CIPHERS)
    ctx.options |= ssl.OP_NO_COMPRESSION
    return ctx


def legacy_device_context():
    """Context for the first-generation gateways (firmware 1.x)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(UPSTREAM_CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    ctx.set_ecdh_curve("secp192r1")
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def renegotiating_context():
    ctx = ssl.create_default_context(cafile=UPSTREAM_CA)
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx


def tls12_only_context():
    ctx = ssl.create_default_context(cafile=UPSTREAM_CA)
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def hardened_legacy_flags(ctx):
    ctx.options |= ssl.OP_NO_SSLv3 | ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    return ctx


def mtls_server_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=os.path.join(CERT_DIR, "devices-ca.pem"))
    ctx.load_cert_chain(os.path.join(CERT_DIR, "edge.pem"), os.path.join(CERT_DIR, "edge.key"))
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def describe(ctx):
    if ctx.verify_mode == ssl.CERT_NONE:
        return "no peer verification"
    if not ctx.check_hostname:
        return "chain only"
    if ctx.minimum_version == ssl.TLSVersion.TLSv1:
        return "legacy floor"
    return "strict"
