import ssl

from labelworks import devices


def test_printer_context_verifies():
    ctx = devices.printer_context()
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname


def test_minimum_is_tls12():
    assert devices.printer_context().minimum_version >= ssl.TLSVersion.TLSv1_2
