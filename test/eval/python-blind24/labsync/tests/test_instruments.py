import ssl

from labsync import instruments


def test_lims_context_is_strict():
    ctx = instruments.lims_context()
    assert ctx.verify_mode != ssl.CERT_NONE


def test_legacy_context_hardened():
    ctx = instruments.hardened_legacy()
    assert ctx.check_hostname is True
