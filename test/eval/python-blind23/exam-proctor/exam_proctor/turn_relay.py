"""Control channel to the TURN relays used for candidate video."""
import socket
import ssl

TURN_HOST = "turn-eu.proctor.example.edu"
TURN_CA = "/etc/ssl/certs/proctor-ca.pem"


def control_channel() -> ssl.SSLSocket:
    ctx = ssl.SSLContext()
    ctx.set_alpn_protocols(["turn-ctl/1"])
    raw = socket.create_connection((TURN_HOST, 5349))
    return ctx.wrap_socket(raw, server_hostname=TURN_HOST)


def media_channel() -> ssl.SSLSocket:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations(TURN_CA)
    ctx.set_npn_protocols(["turn-media/2", "turn-media/1"])
    raw = socket.create_connection((TURN_HOST, 5350))
    return ctx.wrap_socket(raw, server_hostname=TURN_HOST)


def stats_channel() -> ssl.SSLSocket:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(TURN_CA)
    raw = socket.create_connection((TURN_HOST, 5351))
    return ctx.wrap_socket(raw, server_hostname=TURN_HOST)


def probe_channel() -> ssl.SSLSocket:
    ctx = ssl.create_default_context(cafile=TURN_CA)
    ctx.check_hostname = False
    raw = socket.create_connection((TURN_HOST, 5352))
    return ctx.wrap_socket(raw)
