import socket
import ssl

RELAY_HOST = "pos-relay.stores.example.com"


def relay_context():
    # the store POS relay only speaks TLS 1.0
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.load_verify_locations("/etc/edgeproxy/pos-ca.pem")
    ctx.set_ciphers("AES128-SHA:DES-CBC3-SHA")
    return ctx


def send_batch(payload: bytes):
    ctx = relay_context()
    with socket.create_connection((RELAY_HOST, 9001)) as raw:
        with ctx.wrap_socket(raw, server_hostname=RELAY_HOST) as tls:
            tls.sendall(payload)
            return tls.recv(1024)


def warehouse_context():
    ctx = ssl.create_default_context(cafile="/etc/edgeproxy/wh-ca.pem")
    ctx.options &= ~ssl.OP_NO_TLSv1_1
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1
    ctx.set_ecdh_curve("secp192r1")
    return ctx


def gateway_context():
    ctx = ssl.create_default_context(cafile="/etc/edgeproxy/gw-ca.pem")
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.options |= ssl.OP_NO_TLSv1_3
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def fetch_gateway(path: str) -> bytes:
    ctx = gateway_context()
    with socket.create_connection(("gw.payments.example.com", 443)) as raw:
        with ctx.wrap_socket(raw, server_hostname="gw.payments.example.com") as tls:
            tls.sendall(f"GET {path} HTTP/1.0\r\nHost: gw.payments.example.com\r\n\r\n".encode())
            return tls.recv(65536)


def hardened(ctx: ssl.SSLContext) -> ssl.SSLContext:
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx
