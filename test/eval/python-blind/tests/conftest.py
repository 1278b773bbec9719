import ssl
import threading
from http.server import HTTPServer, SimpleHTTPRequestHandler

import pytest
import trustme


@pytest.fixture(scope="session")
def ca():
    return trustme.CA()


@pytest.fixture(scope="session")
def tls_server(ca, tmp_path_factory):
    cert = ca.issue_cert("localhost")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(ctx)
    ctx.verify_mode = ssl.CERT_NONE
    httpd = HTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"https://localhost:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def client_context(ca):
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    return ctx
