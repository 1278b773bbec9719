"""Flask config classes for the admin app."""
import os


class BaseConfig:
    MAIL_SERVER = "smtp.mailprovider.example"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USERNAME = "admin@harbor.example"
    MAIL_PASSWORD = os.environ.get("ADMIN_MAIL_PASSWORD")
    SQLALCHEMY_DATABASE_URI = "postgresql://admin@admin-db.harbor.example/admin?sslmode=verify-full"


class DevConfig(BaseConfig):
    MAIL_SERVER = "localhost"
    MAIL_PORT = 1025
    MAIL_USE_TLS = False
    SQLALCHEMY_DATABASE_URI = "postgresql://admin@localhost/admin?sslmode=disable"
