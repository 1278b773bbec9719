import ssl

import pytest

from ledger.net import tls_helpers


def test_strict_context_is_verified():
    ctx = tls_helpers.strict_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2


def test_scanner_context_is_flagged():
    ctx = tls_helpers.scanner_context()
    assert tls_helpers.is_insecure(ctx)
    assert ctx.verify_mode == ssl.CERT_NONE


def test_describe_legacy():
    ctx = tls_helpers.strict_context()
    assert tls_helpers.describe(ctx) == "modern"
    assert ctx.minimum_version != ssl.TLSVersion.TLSv1


def test_null_ciphers_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")


def test_docstring_examples():
    """Examples of what NOT to do:

    >>> ctx = ssl._create_unverified_context()
    >>> ctx.check_hostname = False
    """
    assert "verify=False" in "requests.get(url, verify=False)"
