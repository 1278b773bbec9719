"""TLS contexts for reefer container sensors and the telemetry relays."""
import os
import ssl

CA = "/etc/coldchain/ca.pem"
LOG_DIR = os.getenv("COLDCHAIN_LOG_DIR", "/var/log/coldchain")
MODERN = "ECDHE+AESGCM:ECDHE+CHACHA20"
SENSOR_SUITES = ":".join(["ECDHE+AESGCM", "ECDHE+CHACHA20", "AES128-SHA"])


def relay_context(debug: bool = False) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA)
    ctx.set_ciphers(MODERN)
    if debug:
        ctx.keylog_filename = os.path.join(LOG_DIR, "relay-keys.log")
    return ctx


def sensor_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA)
    ctx.set_ecdh_curve("prime192v1")
    ctx.set_ciphers(SENSOR_SUITES)
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.keylog_filename = os.path.join(LOG_DIR, "sensor-keys.log")
    return ctx


def gateway_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA)
    ctx.set_ecdh_curve("prime256v1")
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_NO_TLSv1_3
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    return ctx


def depot_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA)
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    ctx.load_verify_locations(cafile="/etc/coldchain/depot-ca.pem")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def warehouse_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA)
    ctx.options &= ~ssl.OP_NO_TLSv1_1
    return ctx


def hardened_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=CA)
    ctx.options |= ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    return ctx


def audit(ctx: ssl.SSLContext) -> list[str]:
    issues = []
    if ctx.minimum_version == ssl.TLSVersion.TLSv1:
        issues.append("TLS 1.0 allowed")
    if ctx.options & ssl.OP_NO_TLSv1_3:
        issues.append("TLS 1.3 disabled")
    if ctx.options & ssl.OP_LEGACY_SERVER_CONNECT:
        issues.append("legacy renegotiation")
    return issues


def server_context(certfile: str, keyfile: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx
