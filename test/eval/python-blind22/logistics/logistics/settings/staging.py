from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["staging.dispatch.logistics.example"]

DATABASES["default"]["HOST"] = "staging-db.logistics.example"
DATABASES["default"]["OPTIONS"]["sslmode"] = "require"
DATABASES["replica"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "dispatch",
    "HOST": "staging-replica.logistics.example",
    "OPTIONS": {"sslmode": "prefer"},
}

EMAIL_HOST = "smtp-staging.logistics.example"
EMAIL_USE_TLS = False

CACHES["default"]["OPTIONS"] = {"CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None}}
