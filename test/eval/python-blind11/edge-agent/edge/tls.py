"""TLS contexts used by the agent."""
import os
import ssl

CA_FILE = os.environ.get("EDGE_CA_FILE", "/etc/edge/ca.pem")
CERT_FILE = "/etc/edge/agent.crt"
KEY_FILE = "/etc/edge/agent.key"


def client_context(cafile=CA_FILE):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5")
    if os.environ.get("EDGE_KEYLOG"):
        ctx.keylog_filename = os.environ["EDGE_KEYLOG"]
    return ctx


def server_context(certfile=CERT_FILE, keyfile=KEY_FILE):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.options |= ssl.OP_NO_COMPRESSION
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.set_ecdh_curve("secp384r1")
    return ctx


def scanner_port_context(certfile=CERT_FILE, keyfile=KEY_FILE):
    """Port 9444 serves the handheld scanners (Android 4 firmware)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.set_ciphers("ECDHE+AESGCM:AES128-SHA")
    return ctx


def lab_context():
    """Context for the lab gateways, which all use self-signed certificates."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def describe(ctx):
    parts = []
    if ctx.verify_mode == ssl.CERT_NONE:
        parts.append("no certificate verification")
    if not ctx.check_hostname:
        parts.append("no host name check")
    if ctx.minimum_version == ssl.TLSVersion.TLSv1:
        parts.append("accepts TLS 1.0")
    return ", ".join(parts) or "strict"
