import ssl

import pytest

from hl7_mllp.peers import ModernPeer, PharmacyPeer


def test_modern_peer_min():
    assert ModernPeer.context().minimum_version == ssl.TLSVersion.TLSv1_3


def test_rejects_null_cipher():
    ctx = ssl.create_default_context()
    with pytest.raises(ssl.SSLError):
        ctx.set_ciphers("eNULL")


def test_pharmacy_verifies():
    assert PharmacyPeer.context().verify_mode == ssl.CERT_REQUIRED
