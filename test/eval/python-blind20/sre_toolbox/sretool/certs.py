"""Certificate helpers for the runbooks."""
import hashlib
import socket
import ssl


def fingerprint(host, port=443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as s:
        with ctx.wrap_socket(s, server_hostname=host) as tls:
            return hashlib.sha256(tls.getpeercert(binary_form=True)).hexdigest()


def check_name(cert, host):
    ssl.match_hostname(cert, host)


def describe(ctx):
    """Explain a context, e.g. 'verify_mode = ssl.CERT_NONE' means no verification."""
    modes = {ssl.CERT_NONE: "none", ssl.CERT_OPTIONAL: "optional", ssl.CERT_REQUIRED: "required"}
    return modes[ctx.verify_mode]


def optional_client():
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_OPTIONAL
    return ctx


def reenabled_client():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.check_hostname = True
    return ctx


def server_tls12_only(cert, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    return ctx
