"""Flask notifier service settings."""
import os


class Config:
    SQLALCHEMY_DATABASE_URI = "postgresql://notifier@pg-notify.prod.example.com/notifier?sslmode=prefer"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_USERNAME = "notifier@example.com"
    MAIL_PASSWORD = os.environ.get("NOTIFIER_MAIL_PASSWORD")


class SecureConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://notifier@pg-notify.prod.example.com/notifier?sslmode=verify-full&sslrootcert=/etc/notifier/pg-ca.pem"
    MAIL_USE_TLS = True


class TestingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    MAIL_SERVER = "localhost"
    MAIL_SUPPRESS_SEND = True
