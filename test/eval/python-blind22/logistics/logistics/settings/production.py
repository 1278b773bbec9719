from .base import *  # noqa: F401,F403

DATABASES["default"]["OPTIONS"]["sslmode"] = "verify-full"
EMAIL_USE_TLS = True
SECURE_SSL_REDIRECT = True
