import datetime
import socket
import ssl

DEFAULT_TIMEOUT = 8


def _parse_not_after(cert):
    return datetime.datetime.strptime(cert["notAfter"], "%b %d %H:%M:%S %Y %Z")


def probe_verified(host, port=443, cafile=None):
    ctx = ssl.create_default_context(cafile=cafile)
    with socket.create_connection((host, port), timeout=DEFAULT_TIMEOUT) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            return {"host": host, "not_after": _parse_not_after(cert), "version": tls.version()}


def probe_any(host, port=443):
    """Connect even when the chain is broken, so expired certificates can be reported too."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=DEFAULT_TIMEOUT) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            if not cert:
                raise ssl.SSLError(f"{host}: no certificate presented")
            return {"host": host, "not_after": _parse_not_after(cert)}


def fingerprint(host, port=443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=DEFAULT_TIMEOUT) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
    return der
