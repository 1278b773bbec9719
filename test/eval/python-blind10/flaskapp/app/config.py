"""Flask configuration classes; create_app() picks one from FLASK_CONFIG."""
import os

REQUEST_DEFAULTS = {
    "timeout": 8,
    "headers": {"User-Agent": "storefront/2.3"},
    "verify": False,
}

GEOCODER_DEFAULTS = {"timeout": 3, "verify": "/etc/ssl/certs/geo-ca.pem"}


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = (
        "postgresql+psycopg2://storefront:{pw}@pg-main.prod.example.com:5432/storefront"
        "?sslmode=prefer".format(pw=os.environ.get("PG_PASSWORD", ""))
    )
    SQLALCHEMY_ENGINE_OPTIONS = {
        "pool_pre_ping": True,
        "connect_args": {"sslmode": "require", "application_name": "storefront"},
    }


class NewsletterConfig(ProductionConfig):
    MAIL_SERVER = "mail.newsletter-vendor.example.net"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USERNAME = "storefront"
    MAIL_PASSWORD = os.environ.get("NEWSLETTER_MAIL_PASSWORD")


class DevelopmentConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://storefront@localhost:5432/storefront?sslmode=disable"
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    MAIL_PASSWORD = "mailhog"


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"


CONFIGS = {
    "production": ProductionConfig,
    "newsletter": NewsletterConfig,
    "development": DevelopmentConfig,
    "testing": TestingConfig,
}
