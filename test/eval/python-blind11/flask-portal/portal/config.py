import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "change-me")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql+psycopg://portal@localhost/portal")
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    MAIL_SERVER = "smtp.example.com"
    MAIL_PORT = 465
    MAIL_USE_SSL = True
    MAIL_USE_TLS = False
    MAIL_USERNAME = "portal@example.com"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MAIL_DEFAULT_SENDER = "Customer Portal <portal@example.com>"
    LDAP_URL = "ldaps://ldap.corp.example.com"
    LDAP_CA = "/etc/ssl/certs/corp-ca.pem"
    STATUS_URL = "https://status.example.com/api/v2/status.json"
    CORP_CA = "/etc/ssl/certs/corp-ca.pem"


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = (
        "postgresql+psycopg://portal@portal-db.prod.example.com/portal"
        "?sslmode=verify-full&sslrootcert=/etc/ssl/certs/db-ca.pem"
    )


class StagingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://portal@portal-db.staging.example.com/portal"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "connect_args": {"sslmode": "prefer"}}
    MAIL_SERVER = "mail.staging.example.com"
    MAIL_PORT = 587
    MAIL_USE_SSL = False
    MAIL_USE_TLS = False


class DevelopmentConfig(Config):
    DEBUG = True
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_SSL = False
    MAIL_USE_TLS = False
