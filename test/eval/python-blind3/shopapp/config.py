import os

PG_USER = os.environ.get("PG_USER", "shop")
PG_PASSWORD = os.environ.get("PG_PASSWORD", "")
PG_HOST = "orders-db.eu-west-1.rds.example.com"
PG_NAME = "shop"


class BaseConfig:
    SECRET_KEY = os.environ.get("FLASK_SECRET", "change-me")
    SQLALCHEMY_DATABASE_URI = (
        f"postgresql+psycopg2://{PG_USER}:{PG_PASSWORD}@{PG_HOST}:5432/{PG_NAME}?sslmode=require"
    )
    SQLALCHEMY_TRACK_MODIFICATIONS = False

    MAIL_SERVER = "smtp.sendgrid.example.net"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = "apikey"
    MAIL_PASSWORD = os.environ.get("SENDGRID_KEY")


class StagingConfig(BaseConfig):
    MAIL_SERVER = "mail.staging.example.com"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_USERNAME = "shop-staging"
    MAIL_PASSWORD = os.environ.get("STAGING_MAIL_PASSWORD")
    SQLALCHEMY_ENGINE_OPTIONS = {
        "connect_args": {"sslmode": "prefer"},
    }


class ProductionConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = (
        f"postgresql+psycopg2://{PG_USER}:{PG_PASSWORD}@{PG_HOST}:5432/{PG_NAME}"
        "?sslmode=verify-full&sslrootcert=/etc/ssl/certs/rds-ca.pem"
    )


class TestConfig(BaseConfig):
    SQLALCHEMY_DATABASE_URI = "postgresql://shop@localhost/shop_test?sslmode=disable"
    MAIL_SUPPRESS_SEND = True


config_by_name = {
    "staging": StagingConfig,
    "production": ProductionConfig,
    "test": TestConfig,
}
