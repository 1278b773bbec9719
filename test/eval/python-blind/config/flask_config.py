import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    REQUESTS_VERIFY = True


class DevelopmentConfig(Config):
    DEBUG = True
    SQLALCHEMY_DATABASE_URI = "postgresql://dev:dev@localhost/app_dev?sslmode=disable"
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    MAIL_PASSWORD = None


class StagingConfig(Config):
    SQLALCHEMY_DATABASE_URI = (
        "postgresql+psycopg2://app:{pw}@staging-db.example.net:5432/app?sslmode=prefer"
    ).format(pw=os.environ.get("DB_PASSWORD", ""))
    MAIL_SERVER = "mail.staging.example.net"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", "postgresql://app@db.example.net/app?sslmode=verify-full"
    )
    SQLALCHEMY_ENGINE_OPTIONS = {
        "pool_pre_ping": True,
        "connect_args": {"sslmode": "verify-ca", "sslrootcert": "/etc/ssl/db-ca.pem"},
    }


config = {
    "development": DevelopmentConfig,
    "staging": StagingConfig,
    "production": ProductionConfig,
    "default": DevelopmentConfig,
}
