"""TLS front for the metrics collector. Agents authenticate with API keys, not certificates."""
import logging
import socket
import ssl
import threading

log = logging.getLogger(__name__)

CERT = "/etc/collector/server.crt"
KEY = "/etc/collector/server.key"


def server_context() -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5")
    ctx.set_ecdh_curve("prime256v1")
    return ctx


def legacy_agents_context() -> ssl.SSLContext:
    """Old embedded agents only speak RSA key exchange with 3DES."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(CERT, KEY)
    ctx.verify_mode = ssl.CERT_NONE
    ctx.set_ciphers("DES-CBC3-SHA:AES128-SHA")
    ctx.set_ecdh_curve("prime192v1")
    return ctx


def handle(conn: ssl.SSLSocket, addr) -> None:
    try:
        data = conn.recv(65536)
        log.debug("got %d bytes from %s", len(data), addr)
        conn.sendall(b"OK\n")
    finally:
        conn.close()


def serve(port: int = 9443, legacy: bool = False) -> None:
    ctx = legacy_agents_context() if legacy else server_context()
    with socket.create_server(("0.0.0.0", port)) as sock:
        with ctx.wrap_socket(sock, server_side=True) as ssock:
            while True:
                conn, addr = ssock.accept()
                threading.Thread(target=handle, args=(conn, addr), daemon=True).start()
