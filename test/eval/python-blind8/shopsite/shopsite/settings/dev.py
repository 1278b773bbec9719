from .base import *  # noqa: F401,F403

DEBUG = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop_dev",
        "USER": "shop",
        "HOST": "127.0.0.1",
        "OPTIONS": {"sslmode": "disable"},
    }
}

# MailHog in docker-compose
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_USE_TLS = False
EMAIL_HOST_PASSWORD = ""
