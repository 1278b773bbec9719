import ssl

import pytest


@pytest.fixture
def tls_server_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("tests/certs/server.pem", "tests/certs/server.key")
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


@pytest.fixture
def sandbox_session():
    from payments.gateway import SandboxGatewaySession

    return SandboxGatewaySession()
