import socket
import ssl

from .contexts import CA


def upstream_alive(port=443):
    ctx = ssl.create_default_context(cafile=CA)
    ctx.check_hostname = False
    with socket.create_connection(("upstream.edge.example.com", port), timeout=3) as raw:
        with ctx.wrap_socket(raw) as tls:
            return tls.version() is not None


def upstream_alive_sni(host="upstream.edge.example.com", port=443):
    ctx = ssl.create_default_context(cafile=CA)
    with socket.create_connection((host, port), timeout=3) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.version() is not None
