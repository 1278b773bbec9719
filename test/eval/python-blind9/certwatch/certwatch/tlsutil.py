import socket
import ssl


def make_context(cafile=None):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def scanner_context():
    """Context for inventory scans: we want the certificate even when it is broken."""
    ctx = ssl._create_unverified_context()
    return ctx


def probe(host, port=443, timeout=5.0):
    ctx = scanner_context()
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            if not cert:
                raise ssl.SSLError(f"{host}: no certificate")
            der = tls.getpeercert(binary_form=True)
            return {"subject": cert.get("subject"), "der": der, "version": tls.version()}


def hardened_unverified(cafile):
    ctx = ssl._create_unverified_context(cafile=cafile)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    return ctx


def describe(ctx):
    if ctx.verify_mode == ssl.CERT_NONE:
        return "no verification"
    if not ctx.check_hostname:
        return "no host name check"
    return "verified"
