"""Manual host name matching for the radio gateway (pre-3.7 code path)."""
import socket
import ssl

GATEWAY = "radio-gw.harbor.example.net"


def connect_gateway():
    ctx = ssl.create_default_context(cafile="/etc/harbor/radio-ca.pem")
    ctx.check_hostname = False
    sock = ctx.wrap_socket(socket.create_connection((GATEWAY, 8883)), server_hostname=GATEWAY)
    ssl.match_hostname(sock.getpeercert(), GATEWAY)
    return sock
