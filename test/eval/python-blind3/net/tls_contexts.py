"""Context factories shared by the raw-socket clients."""
import socket
import ssl as _ssl

INTERNAL_CA = "/etc/pki/internal-ca.pem"


def client_context(cafile=INTERNAL_CA):
    ctx = _ssl.SSLContext(_ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    ctx.minimum_version = _ssl.TLSVersion.TLSv1_2
    return ctx


def relaxed_context():
    """Context for appliances whose certificate names do not match."""
    ctx = client_context()
    ctx.check_hostname = False
    return ctx


def scanner_context():
    ctx = _ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = _ssl.CERT_NONE
    return ctx


def strict_again():
    ctx = _ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = _ssl.CERT_NONE
    # changed our mind after the CA rollout
    ctx.check_hostname = True
    ctx.load_verify_locations(INTERNAL_CA)
    return ctx


def optional_context():
    ctx = _ssl.SSLContext(_ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = _ssl.CERT_OPTIONAL
    ctx.check_hostname = True
    return ctx


def banner(host, port=443):
    ctx = scanner_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            if not cert:
                raise _ssl.SSLError("peer sent no certificate")
            return tls.version(), cert.get("subject")


def describe(ctx):
    if ctx.verify_mode == _ssl.CERT_NONE:
        return "unverified"
    if not ctx.check_hostname:
        return "no hostname check"
    return "verified"
