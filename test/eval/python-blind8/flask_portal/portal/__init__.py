import os

from flask import Flask
from flask_mail import Mail

from .config import CONFIGS
from .services.cache import make_cache

mail = Mail()


def create_app(env=None):
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env or os.environ.get("PORTAL_ENV", "production")])
    mail.init_app(app)
    app.extensions["cache"] = make_cache(app)
    from .views import bp

    app.register_blueprint(bp)
    return app
