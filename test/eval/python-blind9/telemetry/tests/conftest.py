import ssl

import pytest


@pytest.fixture
def server_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain("tests/certs/server.pem", "tests/certs/server.key")
    ctx.set_ecdh_curve("prime256v1")
    return ctx


@pytest.fixture
def client_ctx():
    with open("tests/certs/ca.pem") as fh:
        return ssl.create_default_context(cadata=fh.read())
