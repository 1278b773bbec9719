import ssl
from pathlib import Path

import pytest

CERTS = Path(__file__).parent / "certs"


@pytest.fixture
def tls_server_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERTS / "localhost.pem", CERTS / "localhost.key")
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


@pytest.fixture
def merchant():
    class M:
        sandbox = True
        api_key = "sk_test_123"

    return M()
