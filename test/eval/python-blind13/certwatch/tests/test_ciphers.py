import ssl

import pytest

from certwatch.ciphers import broad_context, intermediate_context


def test_intermediate_has_no_cbc():
    names = [c["name"] for c in intermediate_context().get_ciphers()]
    assert not any("CBC" in n for n in names)


def test_null_cipher_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")


def test_broad_context_builds():
    assert broad_context().get_ciphers()
