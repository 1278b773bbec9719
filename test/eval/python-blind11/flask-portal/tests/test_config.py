from portal.config import DevelopmentConfig, ProductionConfig, StagingConfig


def test_production_verifies_database():
    assert "sslmode=require" not in ProductionConfig.SQLALCHEMY_DATABASE_URI
    assert "sslmode=verify-full" in ProductionConfig.SQLALCHEMY_DATABASE_URI


def test_mail_settings():
    assert StagingConfig.MAIL_USE_TLS is False
    assert DevelopmentConfig.MAIL_SERVER == "localhost"
