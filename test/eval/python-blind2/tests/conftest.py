"""Shared fixtures: a local HTTPS stub with a self-signed certificate."""
import ssl

import httpx
import pytest

STUB_URL = "https://127.0.0.1:8443"


@pytest.fixture
def stub_server_context(tmp_path):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain("tests/data/stub.crt", "tests/data/stub.key")
    return ctx


@pytest.fixture
def stub_client():
    with httpx.Client(base_url=STUB_URL, verify=False) as client:
        yield client


@pytest.fixture
def trusted_stub_client():
    with httpx.Client(base_url=STUB_URL, verify="tests/data/stub-ca.pem") as client:
        yield client
