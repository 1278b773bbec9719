import ssl

import pytest

from homehub import gateway


def test_weak_cipher_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("NULL-MD5")


def test_legacy_version_in_lab():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1
