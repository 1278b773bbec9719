import ssl

import pytest

from fixgw import session
from fixgw.config import VenueConfig


@pytest.fixture
def cfg():
    return VenueConfig(name="TEST", host="fix.venue.example.com")


def test_build_context_verifies(cfg):
    ctx = session.build_context(cfg)
    assert ctx.verify_mode == ssl.CERT_REQUIRED
    assert ctx.check_hostname


def test_null_ciphers_rejected():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL:!ALL")


def test_unverified_context_has_no_checks():
    ctx = ssl._create_unverified_context()
    assert ctx.verify_mode == ssl.CERT_NONE
    assert not ctx.check_hostname


def test_describe_legacy():
    ctx = ssl.create_default_context()
    assert session.describe(ctx) == "modern"
