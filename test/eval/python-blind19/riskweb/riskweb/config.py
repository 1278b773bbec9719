import os


class BaseConfig:
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://risk@localhost/risk")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    MAIL_SERVER = "smtp.sendgrid.net"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = "apikey"
    MAIL_PASSWORD = os.environ.get("SENDGRID_API_KEY")
    CELERY_BROKER_URL = "rediss://broker.risk.example.com:6380/0"


class StagingConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = "postgresql://risk@risk-db.staging.example.com/risk"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "connect_args": {"sslmode": "prefer"}}


class ProductionConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = "postgresql://risk@risk-db.prod.example.com/risk?sslmode=verify-full&sslrootcert=/etc/risk/rds-ca.pem"


class OnPremConfig(BaseConfig):
    MAIL_SERVER = "mail.corp.example.com"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_PASSWORD = os.environ.get("CORP_MAIL_PASSWORD")


class DevConfig(BaseConfig):
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    MAIL_PASSWORD = "dev"
