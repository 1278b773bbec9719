from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop_dev",
        "USER": "shop",
        "HOST": "localhost",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "disable"},
    }
}

# MailHog running in docker-compose
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_USE_TLS = False
EMAIL_HOST_PASSWORD = ""
