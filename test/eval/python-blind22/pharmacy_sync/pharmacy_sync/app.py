import os

from flask import Flask
from flask_mail import Mail
from flask_sqlalchemy import SQLAlchemy

from . import config

db = SQLAlchemy()
mail = Mail()


def create_app(env: str | None = None) -> Flask:
    app = Flask(__name__)
    name = env or os.getenv("RX_ENV", "Config")
    app.config.from_object(getattr(config, name))
    db.init_app(app)
    mail.init_app(app)
    return app
