import socket
import ssl

PEER = "telemetry.example.net"


def open_channel():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations("/etc/telemetry/ca.pem")
    ctx.check_hostname = False
    sock = socket.create_connection((PEER, 6514))
    return ctx.wrap_socket(sock)  # expect: require-servername


def open_local_channel():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.load_verify_locations("/etc/telemetry/ca.pem")
    sock = socket.create_connection(("127.0.0.1", 6514))
    return ctx.wrap_socket(sock)
