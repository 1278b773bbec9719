import os
import ssl

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal.staging.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "portal-db.staging.example.com",
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD", ""),
        "OPTIONS": {"sslmode": "prefer"},
    }
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")

CELERY_BROKER_USE_SSL = {"cert_reqs": ssl.CERT_NONE}
