import socket
import ssl
import threading

import pytest

CERT = "tests/certs/localhost.pem"
KEY = "tests/certs/localhost.key"


@pytest.fixture
def tls_server():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3
    srv = socket.create_server(("127.0.0.1", 0))

    def serve():
        conn, _ = srv.accept()
        with ctx.wrap_socket(conn, server_side=True) as tls:
            tls.sendall(b"hello\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    srv.address = srv.getsockname()
    yield srv
    srv.close()
