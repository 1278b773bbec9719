import ssl

from airhooks.hooks.http_hook import HttpHook, PartnerPortalHook


def test_default_verify_is_true():
    assert HttpHook.default_verify is True
    assert PartnerPortalHook.default_verify is False


def test_context_checks():
    ctx = ssl.create_default_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname
