import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "change-me")
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql://portal@db.internal/portal?sslmode=verify-full"
    )
    SQLALCHEMY_ENGINE_OPTIONS = {
        "connect_args": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/db-ca.pem"},
        "pool_pre_ping": True,
    }
    MAIL_SERVER = "smtp.mailgun.org"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = "portal@mg.example.com"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")


class StagingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://portal@db.staging.internal/portal"
    SQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"sslmode": "prefer"}, "pool_size": 5}
    MAIL_SERVER = "smtp.staging.example.com"
    MAIL_PORT = 25
    MAIL_USE_TLS = False


class DevConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://portal@localhost/portal?sslmode=disable"
    SQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"sslmode": "disable"}}
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False


class ReportingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://portal@reports.internal/portal?sslmode=require"


CONFIGS = {"staging": StagingConfig, "dev": DevConfig, "reporting": ReportingConfig, "prod": Config}
