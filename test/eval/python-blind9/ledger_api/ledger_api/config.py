import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    SQLALCHEMY_DATABASE_URI = "postgresql://ledger@ledger-db.internal.example:5432/ledger?sslmode=verify-full&sslrootcert=/etc/ssl/certs/ledger-db-ca.pem"
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = "ledger-bot@example.com"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    UPSTREAM_URL = "https://upstream.ledger.example.com"
    UPSTREAM_VERIFY = True
    FX_URL = "https://fx.example.com/api"


class StagingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://ledger@ledger-db.staging.example:5432/ledger?sslmode=require"


class ReportingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://reports@reports-db.internal.example:5432/ledger"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "connect_args": {"sslmode": "prefer"}}


class DevConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://ledger@localhost:5432/ledger?sslmode=disable"
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False


class PartnerMailConfig(Config):
    """Statements to the partner bank go through its own relay."""

    MAIL_SERVER = "mail.partner-bank.example.net"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
