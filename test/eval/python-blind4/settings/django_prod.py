"""Django settings for the customer portal (production)."""
import os

DEBUG = False
ALLOWED_HOSTS = ["portal.harbor.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("PORTAL_DB_HOST", "portal-db.harbor.example"),
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD", ""),
        "OPTIONS": {
            "sslmode": "verify-full",
            "sslrootcert": "/etc/harbor/db-ca.pem",
        },
    },
    "legacy": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "legacy-db.harbor.example",
        "NAME": "legacy",
        "OPTIONS": {"sslmode": "allow"},
    },
}

EMAIL_HOST = "smtp.mailprovider.example"
EMAIL_PORT = 587
EMAIL_HOST_USER = "portal@harbor.example"
EMAIL_HOST_PASSWORD = os.environ.get("PORTAL_SMTP_PASSWORD", "")
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False
