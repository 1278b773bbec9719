import ssl

import pytest
import trustme


@pytest.fixture(scope="session")
def ca():
    return trustme.CA()


@pytest.fixture(scope="session")
def httpserver_ssl_context(ca):
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("localhost", "127.0.0.1").configure_cert(server_ctx)
    return server_ctx


@pytest.fixture
def client_ctx(ca):
    cctx = ssl.create_default_context()
    ca.configure_trust(cctx)
    return cctx
