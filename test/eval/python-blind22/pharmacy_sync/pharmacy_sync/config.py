import os


class Config:
    MAIL_SERVER = "smtp.pharmacy-network.example"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = "rx-notify"
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    SQLALCHEMY_DATABASE_URI = "postgresql://rx@db.pharmacy-network.example/rx?sslmode=verify-full"
    ERX_URL = "https://erx.pharmacy-network.example/api/v3"


class StagingConfig(Config):
    MAIL_SERVER = "smtp-stage.pharmacy-network.example"
    MAIL_USE_TLS = False
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "connect_args": {"sslmode": "allow"}}


class DevConfig(Config):
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    SQLALCHEMY_DATABASE_URI = "postgresql://rx@localhost/rx?sslmode=disable"


class SmtpsConfig(Config):
    MAIL_PORT = 465
    MAIL_USE_TLS = False
    MAIL_USE_SSL = True


class ReportingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://rx@reports.pharmacy-network.example/rx?sslmode=prefer"
