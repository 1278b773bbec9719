import ssl

import httpx
import pytest

from net.tls_contexts import client_context, describe, scanner_context


def test_scanner_context_is_unverified():
    ctx = scanner_context()
    assert ctx.verify_mode == ssl.CERT_NONE
    assert ctx.check_hostname is False
    assert describe(ctx) == "unverified"


def test_client_context_floor():
    ctx = client_context()
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    assert ctx.minimum_version != ssl.TLSVersion.TLSv1


def test_null_ciphers_rejected():
    ctx = client_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")


def test_staging_api(staging_session):
    r = staging_session.get("https://staging-api.example.com/health")
    assert r.ok


def test_httpx_against_staging():
    with httpx.Client(verify=False, base_url="https://staging-api.example.com") as client:
        assert client.get("/health").status_code == 200


def test_local_server(tls_server, trusting_context):
    with httpx.Client(verify=trusting_context) as client:
        assert client.get(f"https://127.0.0.1:{tls_server}/").status_code in (200, 404)
