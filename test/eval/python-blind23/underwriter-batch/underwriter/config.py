"""Flask config for the underwriting admin UI."""
import os


class Config:
    SECRET_KEY = os.environ.get("UW_SECRET_KEY", "")
    SQLALCHEMY_DATABASE_URI = "postgresql://uw_admin@uw-db.underwriting.example.com/underwriting?sslmode=allow"
    SQLALCHEMY_TRACK_MODIFICATIONS = False


class ReportingConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://uw_report@uw-report.underwriting.example.com/underwriting"
    SQLALCHEMY_ENGINE_OPTIONS = {
        "pool_pre_ping": True,
        "connect_args": {"sslmode": "require"},
    }


class LocalConfig(Config):
    SQLALCHEMY_DATABASE_URI = "postgresql://dev@localhost/underwriting?sslmode=disable"
