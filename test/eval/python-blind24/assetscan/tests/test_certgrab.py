from assetscan import certgrab


def test_context_is_scanner():
    ctx = certgrab.scanner_context()
    assert not ctx.check_hostname
