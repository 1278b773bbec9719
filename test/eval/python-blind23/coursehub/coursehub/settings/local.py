import os

from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "coursehub_dev",
        "USER": "dev",
        "PASSWORD": "dev",
        "HOST": "localhost",
        "OPTIONS": {"sslmode": "disable"},
    },
}

# Mailpit in docker compose.
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "dev"
EMAIL_HOST_PASSWORD = os.environ.get("MAILPIT_PASSWORD", "dev")
