import os


class BaseConfig:
    MAIL_SERVER = "smtp.eu.mailgun.org"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = "reports@mg.example.com"
    MAIL_PASSWORD = os.environ.get("MAILGUN_SMTP_PASSWORD")


class OnPremConfig(BaseConfig):
    MAIL_SERVER = "exchange01.corp.example.com"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USERNAME = "CORP\\svc-reports"
    MAIL_PASSWORD = os.environ.get("EXCHANGE_PASSWORD")


class DevConfig(BaseConfig):
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    MAIL_PASSWORD = "dev"
