import ssl

from ldapsync import directory


def test_secure_tls_requires_cert():
    assert directory.SECURE_TLS.validate == ssl.CERT_REQUIRED
    assert directory.SECURE_TLS.validate != ssl.CERT_NONE
