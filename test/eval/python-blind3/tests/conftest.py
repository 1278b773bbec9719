import socket
import ssl
import threading

import pytest
import requests

CERT = "tests/fixtures/server.crt"
KEY = "tests/fixtures/server.key"


@pytest.fixture
def tls_server():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(CERT, KEY)
    ctx.verify_mode = ssl.CERT_NONE
    srv = socket.create_server(("127.0.0.1", 0))
    port = srv.getsockname()[1]

    def loop():
        conn, _ = srv.accept()
        with ctx.wrap_socket(conn, server_side=True) as tls:
            tls.sendall(b"hello\n")

    threading.Thread(target=loop, daemon=True).start()
    yield port
    srv.close()


@pytest.fixture
def staging_session():
    s = requests.Session()
    s.verify = False
    yield s
    s.close()


@pytest.fixture
def trusting_context():
    ctx = ssl.create_default_context(cafile=CERT)
    return ctx
