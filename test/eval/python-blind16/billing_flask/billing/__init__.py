import os

from flask import Flask

from .extensions import db, mail


def create_app(config_name: str | None = None) -> Flask:
    app = Flask(__name__)
    config_name = config_name or os.environ.get("BILLING_CONFIG", "Config")
    app.config.from_object(f"billing.config.{config_name}")
    db.init_app(app)
    mail.init_app(app)

    from .views import bp

    app.register_blueprint(bp)
    return app
