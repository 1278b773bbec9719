import ssl

from ldapsync import directory


def test_primary_tls_requires_certs():
    assert directory._tls.validate == ssl.CERT_REQUIRED


def test_legacy_tls_is_flagged_in_docs():
    assert directory._legacy_tls.validate == ssl.CERT_NONE
