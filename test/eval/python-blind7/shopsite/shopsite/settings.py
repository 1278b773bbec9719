"""Django settings for shopsite (production defaults)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "payments",
    "inventory",
    "notifications",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "db-primary.prod.example.com",
        "PORT": "5432",
        "OPTIONS": {
            "sslmode": "require",
        },
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "HOST": "analytics-replica.prod.example.com",
        "OPTIONS": {"sslmode": "verify-ca", "sslrootcert": "/etc/ssl/rds-ca.pem"},
    },
    "local_cache": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "cache",
        "HOST": "localhost",
        "OPTIONS": {"sslmode": "disable"},
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reporting",
        "HOST": "reporting.prod.example.com",
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/rds-ca.pem"},
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.prod.example.com:6380/1",
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None},
        },
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailprovider.example.net"
EMAIL_PORT = 587
EMAIL_HOST_USER = "orders@example.com"
EMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD")
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False

PAYMENTS_CA_BUNDLE = os.environ.get("PAYMENTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
