"""pytest plugin shipped with the Acme SDK: fixtures for talking to a test stack."""
import os
import ssl

import pytest
import requests


def pytest_addoption(parser):
    group = parser.getgroup("acme")
    group.addoption("--acme-url", default="https://stack.test.acme-corp.net")
    group.addoption("--acme-tls-keylog", default=None, help="write TLS keys for Wireshark")


def pytest_configure(config):
    keylog = config.getoption("--acme-tls-keylog")
    if keylog:
        os.environ["SSLKEYLOGFILE"] = keylog


@pytest.fixture
def acme_session(request):
    session = requests.Session()
    session.verify = os.environ.get("ACME_TEST_CA", True)
    yield session
    session.close()


@pytest.fixture
def acme_stack_session(request):
    """A session for the ephemeral review stacks, whose certificates are self-signed."""
    session = requests.Session()
    session.verify = False
    session.headers["X-Test-Run"] = request.node.name
    yield session
    session.close()


@pytest.fixture
def weak_cipher_context():
    """Asserts the stack refuses NULL ciphers: building such a context must fail here."""
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")
    return ctx
