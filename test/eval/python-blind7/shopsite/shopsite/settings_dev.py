"""Settings for local development: everything runs in docker compose on this machine."""
import os

SECRET_KEY = "dev-only-not-secret"
DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "HOST": "127.0.0.1",
        "OPTIONS": {"sslmode": "prefer"},
    }
}

# MailHog catches everything locally; it has no TLS and no authentication.
EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False

PAYMENTS_CA_BUNDLE = os.path.join(os.path.dirname(__file__), "certs", "sandbox-ca.pem")
