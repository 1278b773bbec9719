import ssl

import pytest

from gateway import tls


def test_client_context_verifies():
    ctx = tls.client_context(cafile=None)
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname is True
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_server_does_not_request_client_certs():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.verify_mode = ssl.CERT_NONE
    assert tls.describe(ctx) == "unverified"


def test_rejects_null_ciphers():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")
