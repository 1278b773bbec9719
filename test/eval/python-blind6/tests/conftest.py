import ssl
import threading
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest

pytest_plugins = ["pytest_acme.plugin"]

CERT = "tests/data/localhost.pem"
KEY = "tests/data/localhost.key"
CA = "tests/data/test-ca.pem"


@pytest.fixture(scope="session")
def https_server():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    ctx.verify_mode = ssl.CERT_NONE
    httpd = HTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://localhost:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def client_context():
    ctx = ssl.create_default_context(cafile=CA)
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname
    return ctx
