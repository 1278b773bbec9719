"""Raw ssl module code for the HSM gateway's management port."""
import hashlib
import socket
import ssl

GATEWAY = "hsm-gw.payments.example.com"
GATEWAY_PIN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def management_session():
    sock = socket.create_connection((GATEWAY, 1792))
    tls = ssl.wrap_socket(sock, ca_certs="/etc/legacytls/gw-ca.pem", cert_reqs=ssl.CERT_REQUIRED)
    tls.sendall(b"HELLO\n")
    return tls


def scanner_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.options &= ~ssl.OP_NO_COMPRESSION
    return ctx


def scan_certificate(host):
    ctx = scanner_context()
    with ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host) as tls:
        cert = tls.getpeercert()
        if not cert or "subject" not in cert:
            raise ssl.SSLError(f"{host}: no certificate")
        return dict(x[0] for x in cert["subject"])


def pinned_fetch(host):
    ctx = scanner_context()
    with ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
        if hashlib.sha256(der).hexdigest() != GATEWAY_PIN:
            raise ssl.SSLError("pin mismatch")
        tls.sendall(b"GET / HTTP/1.0\r\n\r\n")
        return tls.recv(65536)


def gateway_context():
    ctx = ssl.create_default_context(cafile="/etc/legacytls/gw-ca.pem")
    ctx.options |= ssl.OP_LEGACY_SERVER_CONNECT
    ctx.options |= ssl.OP_NO_TLSv1_3
    return ctx


def monitoring_context():
    ctx = ssl.create_default_context(cafile="/etc/legacytls/gw-ca.pem")
    ctx.verify_mode = ssl.CERT_OPTIONAL
    ctx.options |= ssl.OP_IGNORE_UNEXPECTED_EOF
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3
    return ctx


def listener():
    srv = socket.create_server(("0.0.0.0", 9993))
    conn, _ = srv.accept()
    return ssl.wrap_socket(conn, server_side=True, certfile="/etc/legacytls/bridge.pem", keyfile="/etc/legacytls/bridge.key")


def capabilities():
    return {
        "wrap_socket": hasattr(ssl, "wrap_socket"),
        "tls13": ssl.HAS_TLSv1_3,
        "no_compression": bool(ssl.create_default_context().options & ssl.OP_NO_COMPRESSION),
    }
