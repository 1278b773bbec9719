import socket
import ssl

from .const import CA_FILE


def thermostat(host="thermostat.home.example.org"):
    raw = socket.create_connection((host, 443))
    return ssl.wrap_socket(raw, ca_certs=CA_FILE, cert_reqs=ssl.CERT_REQUIRED)


def hardened_context():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    return ctx


def modern_context():
    ctx = ssl.create_default_context(cafile=CA_FILE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


if hasattr(ssl, "wrap_socket"):
    LEGACY_WRAP = True
