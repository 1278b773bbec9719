from .base import *  # noqa: F401,F403
from .base import os

DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders_staging",
        "USER": "orders",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "orders-db.staging.example.com",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "require", "connect_timeout": 5},
    },
}

EMAIL_HOST = "smtp.mailtrap.io"
EMAIL_PORT = 2525
EMAIL_USE_TLS = False
EMAIL_HOST_USER = os.environ.get("MAILTRAP_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("MAILTRAP_PASSWORD", "")
