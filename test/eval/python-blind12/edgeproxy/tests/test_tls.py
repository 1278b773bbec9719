import ssl

import pytest

from edgeproxy.tls import MODERN, is_insecure, upstream_context


def test_modern_profile_is_strict():
    ctx = upstream_context(MODERN)
    assert ctx.minimum_version == ssl.TLSVersion.TLSv1_2
    assert not is_insecure(ctx)


def test_rejects_null_ciphers():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")
