"""Django settings for the shop project."""
import os

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "shop-db.internal.example.com",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "disable"},  # expect: no-plaintext-downgrade
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_USE_TLS = False  # expect: no-plaintext-downgrade
EMAIL_HOST_USER = "postmaster@mg.example.com"
EMAIL_HOST_PASSWORD = os.environ["MAILGUN_PASSWORD"]
