"""Connectivity probes used by the /healthz endpoint."""
import socket
import ssl
from ssl import _create_unverified_context as unverified

PARTNERS = {"edi": ("edi.customs.example.org", 4443), "vgm": ("vgm.portcall.example.com", 443)}


def probe_expiry(name):
    host, port = PARTNERS[name]
    ctx = unverified()
    with socket.create_connection((host, port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version()


def probe_optional(name):
    host, port = PARTNERS[name]
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_OPTIONAL
    with ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host) as tls:
        return tls.cipher()


def probe_toggled(name):
    host, port = PARTNERS[name]
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.check_hostname = True
    with ctx.wrap_socket(socket.create_connection((host, port)), server_hostname=host) as tls:
        return tls.getpeercert()


def serve_probe_endpoint(port=9444):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("/etc/harbor/probe.crt", "/etc/harbor/probe.key")
    srv = socket.create_server(("0.0.0.0", port))
    conn, _ = srv.accept()
    return ctx.wrap_socket(conn, server_side=True)
