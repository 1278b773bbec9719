import ssl

import pytest

from certwatch.contexts import describe, inspection_context, verified_context


def test_verified_context_requires_certs():
    ctx = verified_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname


def test_inspection_context_is_open():
    ctx = inspection_context()
    assert ctx.verify_mode == ssl.CERT_NONE
    assert describe(ctx) == "unverified"


def test_null_cipher_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("NULL")
