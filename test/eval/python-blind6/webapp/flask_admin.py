"""The small Flask admin app that sits next to the portal."""
import os

from flask import Flask
from flask_mail import Mail


class BaseConfig:
    MAIL_SERVER = "smtp.mailvendor.net"
    MAIL_PORT = 465
    MAIL_USE_SSL = True
    MAIL_USE_TLS = False
    MAIL_USERNAME = "admin@acme-corp.net"
    MAIL_PASSWORD = os.environ.get("ADMIN_SMTP_PASSWORD")
    SQLALCHEMY_DATABASE_URI = "postgresql://admin@admin-db.data.acme-corp.net/admin?sslmode=verify-full"


class DevConfig(BaseConfig):
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_SSL = False


def create_app(config=BaseConfig):
    app = Flask(__name__)
    app.config.from_object(config)
    Mail(app)
    return app
