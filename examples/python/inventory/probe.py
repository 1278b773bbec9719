import socket
import ssl


def probe(host, port=443):
    """Checks that a host answers TLS (used by the health check)."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version()


def probe_dev(host, port=8443):
    ctx = ssl.create_default_context()
    # tlslint-disable-next-line no-unverified-hostname -- dev boxes are reached by IP, certificate pinned by the CA
    ctx.check_hostname = False
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw) as tls:
            return tls.version()
