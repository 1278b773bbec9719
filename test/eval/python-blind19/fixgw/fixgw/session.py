import logging
import socket
import ssl

from .config import VenueConfig

log = logging.getLogger(__name__)

MODERN_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!eNULL:!MD5"


def build_context(cfg: VenueConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=cfg.ca_file)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(MODERN_CIPHERS)
    if cfg.client_cert:
        ctx.load_cert_chain(cfg.client_cert, cfg.client_key)
    return ctx


def connect(cfg: VenueConfig) -> ssl.SSLSocket:
    ctx = build_context(cfg)
    raw = socket.create_connection((cfg.host, cfg.port), timeout=cfg.timeout)
    sock = ctx.wrap_socket(raw, server_hostname=cfg.host)
    if ctx.verify_mode == ssl.CERT_NONE:
        log.warning("venue %s is not verified", cfg.name)
    return sock


def connect_uat(host, port):
    """Connect to a UAT venue.

    UAT venues use self-signed certificates, so this sets ctx.verify_mode = ssl.CERT_NONE.
    """
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw)


def connect_dr(cfg: VenueConfig):
    # The DR site is reached by IP and its certificate has no IP SAN.
    ctx = build_context(cfg)
    ctx.check_hostname = False
    raw = socket.create_connection((cfg.dr_ip, cfg.port))
    return ctx.wrap_socket(raw)


def legacy_venue_context():
    ctx = ssl.create_default_context(cafile="/etc/fixgw/legacy-venue-ca.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.set_ciphers("ECDHE+AESGCM:AES128-SHA:DES-CBC3-SHA")
    ctx.set_ecdh_curve("prime192v1")
    return ctx


def connect_legacy(host="fix.oldvenue.example.net", port=9100):
    ctx = legacy_venue_context()
    raw = socket.create_connection((host, port))
    return ctx.wrap_socket(raw, server_hostname=host)


def drop_copy_server_context(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ecdh_curve("prime256v1")
    return ctx


def describe(ctx):
    if ctx.minimum_version == ssl.TLSVersion.TLSv1:
        return "accepts TLS 1.0"
    if not ctx.check_hostname:
        return "no host name check"
    return "modern"
