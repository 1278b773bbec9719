import ssl

import pytest
import requests


@pytest.fixture
def api_session():
    s = requests.Session()
    s.verify = False
    yield s
    s.close()


@pytest.fixture
def tls_server_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("tests/certs/server.pem")
    return ctx


@pytest.fixture
def strict_session():
    s = requests.Session()
    s.verify = "tests/certs/ca.pem"
    yield s
    s.close()
