from .base import *  # noqa: F401,F403
import os

DEBUG = True
ALLOWED_HOSTS = ["billing.staging.example.com"]

DATABASES["replica"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "billing",
    "HOST": "replica.staging.internal",
    "OPTIONS": {"sslmode": "prefer"},
}

CACHES["default"]["OPTIONS"] = {"CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None}}

EMAIL_HOST = "mail.staging.example.com"
EMAIL_PORT = 25
EMAIL_USE_TLS = False
EMAIL_HOST_PASSWORD = os.environ.get("STAGING_MAIL_PASSWORD", "")
