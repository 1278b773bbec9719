"""Base settings shared by every deployment of the shop."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "orders",
]

DB_HOST = os.environ.get("DB_HOST", "orders-db.prod.example.com")
CERT_DIR = BASE_DIR / "certs"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": DB_HOST,
        "PORT": 5432,
        "OPTIONS": {
            "sslmode": "require",
            "connect_timeout": 5,
        },
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reporting",
        "USER": "reporter",
        "HOST": "reporting-db.prod.example.com",
        "OPTIONS": {"sslmode": "verify-ca", "sslrootcert": str(CERT_DIR / "rds-ca.pem")},
    },
    "ledger": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "ledger",
        "HOST": "ledger-db.prod.example.com",
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": str(CERT_DIR / "rds-ca.pem")},
    },
    "sessions": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "sessions",
        "HOST": "127.0.0.1",
        "OPTIONS": {"sslmode": "disable"},
    },
}

# Transactional mail goes through SendGrid.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")

PAYMENT_API_URL = "https://api.payments.example.com/v2"
PAYMENT_CA_BUNDLE = str(CERT_DIR / "payments-ca.pem")
