"""Storefront application factory."""
import os

from flask import Flask

from .config import CONFIGS
from .extensions import db, mail


def create_app(name=None):
    app = Flask(__name__)
    app.config.from_object(CONFIGS[name or os.environ.get("FLASK_CONFIG", "production")])
    db.init_app(app)
    mail.init_app(app)

    from .views import bp

    app.register_blueprint(bp)
    return app
