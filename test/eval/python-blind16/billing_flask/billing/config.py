import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "change-me")
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL",
        "postgresql+psycopg://billing@billing-db.prod.example.com/billing?sslmode=verify-full&sslrootcert=/etc/ssl/billing-ca.pem",
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "pool_recycle": 1800}

    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")

    PAYMENTS_URL = "https://api.payments.example.com"
    PAYMENTS_CA = "/etc/ssl/certs/payments-ca.pem"
    TAX_API_VERIFY = True


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://billing@localhost/billing_dev?sslmode=disable"
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    MAIL_PASSWORD = None


class PartnerRelayConfig(Config):
    """Invoices for the partner network go through their relay."""

    MAIL_SERVER = "relay.partner-network.example.org"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USERNAME = "billing"
    MAIL_PASSWORD = os.environ.get("PARTNER_RELAY_PASSWORD")


class ReportingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://report:report@reports.example.net:5432/reports?sslmode=prefer"


class WarehouseConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://etl@dwh.example.net/warehouse"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "connect_args": {"sslmode": "allow"}}


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"
    MAIL_SUPPRESS_SEND = True
