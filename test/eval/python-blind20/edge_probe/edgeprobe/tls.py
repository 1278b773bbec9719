import os
import ssl

CA_FILE = os.environ.get("EDGEPROBE_CA", "/etc/edgeprobe/ca.pem")


def client_context(cafile=CA_FILE):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.options |= ssl.OP_NO_COMPRESSION
    return ctx


def server_context(cert, key):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def lab_context():
    ctx = ssl.SSLContext()
    ctx.load_verify_locations(CA_FILE)
    return ctx


def compat_context():
    ctx = client_context()
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.options &= ~ssl.OP_NO_TLSv1_1
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    return ctx


def bulk_context():
    ctx = client_context()
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    ctx.set_ecdh_curve("prime192v1")
    return ctx


def tls12_only_context():
    ctx = client_context()
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def modern_curve_context():
    ctx = client_context()
    ctx.set_ecdh_curve("prime256v1")
    return ctx


def debug_context():
    ctx = client_context()
    ctx.keylog_filename = "/var/tmp/edgeprobe-keys.log"
    return ctx
