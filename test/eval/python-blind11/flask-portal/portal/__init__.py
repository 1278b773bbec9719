import os

from flask import Flask
from flask_mail import Mail
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()
mail = Mail()


def create_app(config_name=None):
    app = Flask(__name__, instance_relative_config=True)
    config_name = config_name or os.environ.get("PORTAL_CONFIG", "production")
    app.config.from_object(f"portal.config.{config_name.capitalize()}Config")
    db.init_app(app)
    mail.init_app(app)
    from .views import bp

    app.register_blueprint(bp)
    from .debug import enable_tls_debugging

    enable_tls_debugging(app)
    return app
