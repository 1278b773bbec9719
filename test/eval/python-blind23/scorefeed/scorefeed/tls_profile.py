"""TLS profiles for the venue edge servers."""
import ssl
from dataclasses import dataclass


@dataclass(frozen=True)
class TLSProfile:
    name: str
    ecdh_curve: str = "prime256v1"
    min_version: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


MODERN = TLSProfile("modern")
SCOREBOARD_HW = TLSProfile("scoreboard-hw", ecdh_curve="prime192v1")


def edge_context(profile: TLSProfile) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("/etc/scorefeed/tls/edge.crt", "/etc/scorefeed/tls/edge.key")
    ctx.set_ecdh_curve(profile.ecdh_curve)
    ctx.minimum_version = profile.min_version
    return ctx


def turnstile_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("/etc/scorefeed/tls/turnstile.crt", "/etc/scorefeed/tls/turnstile.key")
    ctx.set_ecdh_curve("secp160r1")
    ctx.load_dh_params("/etc/scorefeed/tls/dh1024.pem")
    return ctx
