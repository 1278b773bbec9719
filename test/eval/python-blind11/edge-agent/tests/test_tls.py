import ssl

import pytest

from edge.tls import describe, lab_context


def test_lab_context_disables_verification():
    ctx = lab_context()
    assert ctx.verify_mode == ssl.CERT_NONE
    assert not ctx.check_hostname
    assert "no certificate verification" in describe(ctx)


def test_null_ciphers_are_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("NULL-MD5")
