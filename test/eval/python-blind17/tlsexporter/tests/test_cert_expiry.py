import ssl

import pytest

from tlsexporter.collectors import cert_expiry


def test_unverified_context_has_no_verification():
    ctx = ssl._create_unverified_context()
    assert ctx.verify_mode == ssl.CERT_NONE
    assert ctx.check_hostname is False


@pytest.mark.network
def test_days_left_public():
    assert cert_expiry.days_left("www.python.org") > 0
