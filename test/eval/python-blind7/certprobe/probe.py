"""Connect to a TLS endpoint and report what it presents."""
import socket
import ssl


def probe(host, port=443, timeout=5.0):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version(), tls.cipher()


def fetch_subject(host, port=443):
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
            if not cert:
                return None
            return dict(x[0] for x in cert["subject"])


def fetch_der(host, port=443):
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, port)) as raw, ctx.wrap_socket(raw, server_hostname=host) as tls:
        return tls.getpeercert(binary_form=True)


def strict_probe(host, port=443):
    ctx = ssl._create_unverified_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_default_certs()
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.getpeercert()


def optional_probe(host, port=443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.check_hostname = True
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version()


def describe(ctx):
    """Return 'unverified' when ctx.verify_mode == ssl.CERT_NONE."""
    if ctx.verify_mode == ssl.CERT_NONE:
        return "unverified"
    return "CERT_OPTIONAL" if ctx.verify_mode == ssl.CERT_OPTIONAL else "verified"
