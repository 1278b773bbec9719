"""TLS context factories shared by the proxy's upstream and downstream sides."""
import os
import ssl
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class TlsProfile:
    cafile: Optional[str] = None
    certfile: Optional[str] = None
    keyfile: Optional[str] = None
    ciphers: str = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5:!DSS"
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


MODERN = TlsProfile()
LEGACY_POS = TlsProfile(ciphers="ECDHE+AESGCM:AES256-SHA:DES-CBC3-SHA", min_version=ssl.TLSVersion.TLSv1)


def upstream_context(profile: TlsProfile = MODERN) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=profile.cafile)
    ctx.minimum_version = profile.min_version
    ctx.set_ciphers(profile.ciphers)
    if profile.certfile:
        ctx.load_cert_chain(profile.certfile, profile.keyfile)
    return ctx


def downstream_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ecdh_curve("prime256v1")
    ctx.options |= ssl.OP_NO_COMPRESSION
    return ctx


def mtls_server_context(certfile: str, keyfile: str, client_ca: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=client_ca)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def diagnostics_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    keylog = os.environ.get("SSLKEYLOGFILE")
    if keylog:
        ctx.keylog_filename = keylog
    return ctx


def is_insecure(ctx: ssl.SSLContext) -> bool:
    return ctx.verify_mode == ssl.CERT_NONE or not ctx.check_hostname
