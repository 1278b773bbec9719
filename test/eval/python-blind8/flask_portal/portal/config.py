import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-not-secret")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://portal@localhost/portal")
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = "portal@example.com"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    LDAP_HOST = "ldaps://dc1.corp.example.com"
    UPSTREAMS = {"billing": "https://billing.internal.example/health"}


class StagingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://portal:{pw}@portal-db.staging.example.com/portal?sslmode=allow".format(pw=os.environ.get("PG_PW", ""))
    MAIL_SERVER = "mail.staging.example.com"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_PASSWORD = os.environ.get("STAGING_MAIL_PASSWORD")


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://portal@portal-db.prod.example.com/portal?sslmode=verify-full&sslrootcert=/etc/ssl/rds.pem"
    SQLALCHEMY_ENGINE_OPTIONS = {
        "pool_pre_ping": True,
        "connect_args": {"sslmode": "verify-ca"},
    }


class ReportingConfig(Config):
    SQLALCHEMY_DATABASE_URI = f"postgresql://reporter:{os.environ.get('RPT_PW')}@10.20.0.15:5432/reports?sslmode=disable"


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "postgresql://portal@127.0.0.1/portal_test?sslmode=disable"
    MAIL_SERVER = "localhost"
    MAIL_USE_TLS = False
    MAIL_SUPPRESS_SEND = True


CONFIGS = {
    "staging": StagingConfig,
    "production": ProductionConfig,
    "reporting": ReportingConfig,
    "testing": TestingConfig,
}
