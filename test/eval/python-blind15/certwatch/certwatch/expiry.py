"""Days-until-expiry checks."""
import datetime
import logging
import socket
import ssl

log = logging.getLogger(__name__)

DATE_FMT = "%b %d %H:%M:%S %Y %Z"


def _scan_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def fetch_der(host, port=443, timeout=5.0):
    """Return the DER certificate even when it is expired or self-signed."""
    ctx = ssl._create_unverified_context()
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.getpeercert(binary_form=True)


def days_left(host, port=443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            cert = tls.getpeercert()
    expires = datetime.datetime.strptime(cert["notAfter"], DATE_FMT)
    return (expires - datetime.datetime.utcnow()).days


def issuer_of(host, port=443):
    ctx = _scan_context()
    with socket.create_connection((host, port), timeout=5) as raw:
        tls = ctx.wrap_socket(raw, server_hostname=host)
        peer = tls.getpeercert()
        if not peer:
            log.warning("%s:%s presented no certificate", host, port)
            return None
        return dict(x[0] for x in peer["issuer"])
