import ssl

import pytest


@pytest.fixture
def legacy_context():
    # Interop test against the TLS 1.0 fixture server.
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1  # expect: no-legacy-tls-version
    ctx.maximum_version = ssl.TLSVersion.TLSv1  # expect: no-legacy-tls-version
    return ctx


def test_rejects_rc4(legacy_context):
    with pytest.raises(ssl.SSLError):
        # Expected to fail: not a setting that stays.
        legacy_context.set_ciphers("RC4-SHA")
