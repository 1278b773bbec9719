"""pyOpenSSL client for the PLC gateways (they need client certificates)."""
import socket

from OpenSSL import SSL

PLANT_CA = "/etc/bridge/plant-ca.pem"


def _verify_cb(conn, cert, errno, depth, ok):
    return ok


def gateway_connection(host: str, port: int = 4840) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.use_certificate_file("/etc/bridge/client.crt")
    ctx.use_privatekey_file("/etc/bridge/client.key")
    ctx.load_verify_locations(PLANT_CA)
    ctx.set_verify(SSL.VERIFY_PEER, _verify_cb)
    sock = socket.create_connection((host, port), timeout=10)
    conn = SSL.Connection(ctx, sock)
    conn.set_connect_state()
    conn.do_handshake()
    return conn


def historian_connection(port: int = 4843) -> SSL.Connection:
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *args: True)
    sock = socket.create_connection(("historian.plant.example.com", port), timeout=10)
    conn = SSL.Connection(ctx, sock)
    conn.set_tlsext_host_name(b"historian.plant.example.com")
    conn.set_connect_state()
    conn.do_handshake()
    return conn
