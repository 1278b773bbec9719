import importlib


def test_default_db_verifies(settings):
    assert settings.DATABASES["default"]["OPTIONS"]["sslmode"] == "verify-full"


def test_staging_email_is_plain():
    mod = importlib.import_module("ingest.settings.staging")
    assert mod.EMAIL_USE_TLS is False
