import ssl

import pytest

from harbor.net import contexts, options


def test_tariff_context_verifies():
    ctx = contexts.tariff_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname is True
    assert ctx.minimum_version >= ssl.TLSVersion.TLSv1_2


def test_weak_ciphers_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL:aNULL")


def test_pcs_flags():
    ctx = options.pcs_tls12_only()
    assert "no-tls13" in options.describe(ctx)
    assert ctx.options & ssl.OP_NO_TLSv1_3


def test_legacy_constant_listed():
    assert ssl.PROTOCOL_TLSv1 in (ssl.PROTOCOL_TLSv1, ssl.PROTOCOL_TLSv1_1)
