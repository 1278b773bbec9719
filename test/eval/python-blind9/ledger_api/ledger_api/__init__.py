import os

from flask import Flask

CONFIGS = {
    "production": "ledger_api.config.Config",
    "staging": "ledger_api.config.StagingConfig",
    "reporting": "ledger_api.config.ReportingConfig",
    "partner-mail": "ledger_api.config.PartnerMailConfig",
    "dev": "ledger_api.config.DevConfig",
}


def create_app(env=None):
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env or os.environ.get("LEDGER_ENV", "dev")])
    from .views import bp

    app.register_blueprint(bp)
    return app
