"""Seat reservations on the rail operator's binary protocol over TLS."""
import socket
import ssl

RAIL_HOST = "reservations.rail-operator.example.eu"
RAIL_PORT = 8443


def reserve_legacy(payload: bytes) -> bytes:
    raw = socket.create_connection((RAIL_HOST, RAIL_PORT))
    tls = ssl.wrap_socket(raw, ca_certs="/etc/ssl/certs/rail-ca.pem", cert_reqs=ssl.CERT_REQUIRED)
    ssl.match_hostname(tls.getpeercert(), RAIL_HOST)
    tls.sendall(payload)
    return tls.recv(4096)


def reserve(payload: bytes) -> bytes:
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/rail-ca.pem")
    with socket.create_connection((RAIL_HOST, RAIL_PORT)) as raw:
        with ctx.wrap_socket(raw, server_hostname=RAIL_HOST) as tls:
            tls.sendall(payload)
            return tls.recv(4096)


HAS_LEGACY_WRAP = hasattr(ssl, "wrap_socket")
