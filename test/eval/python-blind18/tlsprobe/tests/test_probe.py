import ssl

import pytest

from tlsprobe import contexts


def test_hardened_context_refuses_tls1():
    ctx = contexts.hardened_client_context()
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    assert ctx.verify_mode == ssl.CERT_REQUIRED


def test_null_cipher_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")


def test_describe_flags_unverified():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    assert contexts.describe(ctx) == "unverified"
