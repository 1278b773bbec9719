import os


class Config:
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL",
        "postgresql://notify@notify-db.example.com/notify?sslmode=verify-full&sslrootcert=/etc/ssl/certs/rds-ca.pem",
    )
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    MAIL_SERVER = "smtp.postmarkapp.com"
    MAIL_PORT = 465
    MAIL_USE_SSL = True
    MAIL_USERNAME = os.environ.get("POSTMARK_TOKEN")
    MAIL_PASSWORD = os.environ.get("POSTMARK_TOKEN")


class ReportingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://reporting@reporting-db.example.com/notify"
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True, "connect_args": {"sslmode": "disable"}}


class TestingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://postgres@localhost/notify_test?sslmode=disable"
    MAIL_SUPPRESS_SEND = True
