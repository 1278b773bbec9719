import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "postgresql://app@localhost/app")
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False


class ProductionConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://app:{pw}@pg.prod.example.com/app?sslmode=prefer".format(
        pw=os.environ.get("PG_PASSWORD", "")
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    MAIL_SERVER = "smtp.sendgrid.example.net"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_USERNAME = "apikey"
    MAIL_PASSWORD = os.environ.get("SENDGRID_API_KEY")


class StagingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://app@pg.staging.example.com/app?sslmode=verify-full&sslrootcert=/etc/ssl/pg-ca.pem"
    SQLALCHEMY_ENGINE_OPTIONS = {"connect_args": {"sslmode": "require"}}
