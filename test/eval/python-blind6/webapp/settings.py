"""Django settings for the customer portal."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("PORTAL_DB_HOST", "portal-db.data.acme-corp.net"),
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD"),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/portal-db-ca.pem"},
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "reporting-db.data.acme-corp.net",
        "NAME": "reporting",
        "OPTIONS": {"sslmode": "allow"},
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://portal-cache.cache.acme-corp.net:6380/0?ssl_cert_reqs=none",
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailvendor.net"
EMAIL_PORT = 587
EMAIL_HOST_USER = "portal@acme-corp.net"
EMAIL_HOST_PASSWORD = os.environ.get("PORTAL_SMTP_PASSWORD")
EMAIL_USE_TLS = False

if DEBUG:
    EMAIL_HOST = "localhost"
    EMAIL_PORT = 1025
