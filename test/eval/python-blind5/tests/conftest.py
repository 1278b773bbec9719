import ssl

import httpx
import pytest
import requests
import trustme

from ledger.sdk.session import LedgerSession


@pytest.fixture(scope="session")
def ca():
    return trustme.CA()


@pytest.fixture
def server_ssl_context(ca):
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(ctx)
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


@pytest.fixture
def client_ssl_context(ca):
    ctx = ssl.create_default_context()
    ca.configure_trust(ctx)
    return ctx


@pytest.fixture
def api_session(ca, tmp_path):
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    s = LedgerSession("https://localhost:8443", token="test-token")
    s.verify = str(bundle)
    yield s
    s.close()


@pytest.fixture
def staging_session():
    s = requests.Session()
    s.verify = False
    s.headers["X-Test"] = "1"
    yield s
    s.close()


@pytest.fixture
async def async_api(client_ssl_context):
    async with httpx.AsyncClient(base_url="https://localhost:8443", verify=client_ssl_context) as client:
        yield client


@pytest.fixture
def relaxed_then_strict():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    ctx.check_hostname = True
    return ctx
