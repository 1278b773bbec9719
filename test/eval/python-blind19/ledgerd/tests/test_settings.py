from ledgerd.settings import base


def test_db_tls():
    assert base.DATABASES["default"]["OPTIONS"]["sslmode"] == "verify-full"


def test_email_tls():
    assert base.EMAIL_USE_TLS
