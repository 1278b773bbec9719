import ssl

import pytest


@pytest.fixture
def server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("tests/data/server.pem")
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


@pytest.fixture
def client_context():
    ctx = ssl.create_default_context(cafile="tests/data/ca.pem")
    return ctx
