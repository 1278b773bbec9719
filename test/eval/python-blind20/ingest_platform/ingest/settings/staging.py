from .base import *  # noqa: F401,F403

DEBUG = True

DATABASES["replica"] = {
    "ENGINE": "django.db.backends.postgresql",
    "HOST": "pg-replica.staging.acme.internal",
    "NAME": "ingest",
    "USER": "ingest",
    "OPTIONS": {"sslmode": "prefer"},
}

EMAIL_HOST = "mail.staging.acme.internal"
EMAIL_PORT = 25
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "staging-noreply"
EMAIL_HOST_PASSWORD = "s3cret-staging"
