import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True

EMAIL_HOST = "email-smtp.eu-west-1.amazonaws.com"
EMAIL_PORT = 465
EMAIL_USE_TLS = False
EMAIL_USE_SSL = True
EMAIL_HOST_USER = os.environ["SES_SMTP_USER"]
EMAIL_HOST_PASSWORD = os.environ["SES_SMTP_PASSWORD"]

REPLICA = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "shop",
    "HOST": "orders-replica.prod.example.com",
    "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/rds-ca-2019-root.pem"},
}
DATABASES["replica"] = REPLICA  # noqa: F405
