from .base import *  # noqa: F401,F403

DEBUG = True
SECURE_SSL_REDIRECT = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "localhost",
        "NAME": "ledger",
        "USER": "ledger",
        "OPTIONS": {"sslmode": "disable"},
    },
}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
