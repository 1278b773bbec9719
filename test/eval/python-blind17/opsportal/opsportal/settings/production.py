import os

from .base import *  # noqa: F401,F403

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "portal-db-replica.prod.example.com",
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": os.environ["PORTAL_DB_PASSWORD"],
        "OPTIONS": {"sslmode": "require"},
    }
}
