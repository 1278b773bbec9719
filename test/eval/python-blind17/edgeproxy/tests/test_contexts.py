import ssl

import pytest

from edgeproxy import contexts


def test_listener_min_version(tmp_path):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_describe_flags():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    assert "unverified" in contexts.describe(ctx)


def test_null_cipher_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("NULL-SHA")
