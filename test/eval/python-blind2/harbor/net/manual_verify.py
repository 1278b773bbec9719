"""Connections to the port community system's message broker."""
import socket
import ssl

BROKER = "msg.pcs.example.com"


def broker_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations("/etc/harbor/pcs-ca.pem")
    return ctx


def send(msg):
    ctx = broker_context()
    with ctx.wrap_socket(socket.create_connection((BROKER, 5671)), server_hostname=BROKER) as tls:
        tls.sendall(msg)
