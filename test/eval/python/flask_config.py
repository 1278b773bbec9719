import os


class Config:
    SECRET_KEY = os.environ["SECRET_KEY"]
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = False  # expect: no-plaintext-downgrade
    MAIL_USERNAME = os.environ["MAIL_USERNAME"]
    MAIL_PASSWORD = os.environ["MAIL_PASSWORD"]


class DevelopmentConfig(Config):
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
