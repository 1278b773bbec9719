"""TLS contexts shared by the gateway's listeners and upstream connections."""
import os
import ssl

UPSTREAM_CA = os.environ.get("GATEWAY_UPSTREAM_CA", "/etc/gateway/upstream-ca.pem")
MODERN_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL"


def client_context(cafile: str = UPSTREAM_CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(MODERN_CIPHERS)
    return ctx


def server_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(MODERN_CIPHERS)
    ctx.set_ecdh_curve("prime256v1")
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def mtls_server_context(certfile: str, keyfile: str, client_ca: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=client_ca)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.verify_mode = ssl.CERT_OPTIONAL
    return ctx


def mesh_context() -> ssl.SSLContext:
    """Upstreams inside the mesh are addressed by pod IP, so names never match."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(UPSTREAM_CA)
    ctx.check_hostname = False
    return ctx


def describe(ctx: ssl.SSLContext) -> str:
    if ctx.verify_mode == ssl.CERT_NONE:
        return "unverified"
    if not ctx.check_hostname:
        return "chain only"
    return "verified"
