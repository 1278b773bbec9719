"""Settings shared by every deployment of the shop."""
import os
import ssl
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret")
DEBUG = False
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
        "HOST": "orders-db.prod.example.com",
        "PORT": "5432",
        "OPTIONS": {
            "sslmode": "require",
            "connect_timeout": 5,
        },
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": "analytics_ro",
        "HOST": "analytics-db.prod.example.com",
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/rds-ca.pem"},
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop_ro",
        "HOST": "replica-db.prod.example.com",
        "OPTIONS": {
            "sslmode": "verify-ca",
            "sslrootcert": "/etc/ssl/certs/rds-ca.pem",
        },
    },
}
# Before the RDS move this was "OPTIONS": {"sslmode": "disable"}.

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.prod.example.com:6380/1",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None},
        },
    },
    "sessions": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://sessions.prod.example.com:6380/2",
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": "required", "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem"},
        },
    },
}

CELERY_BROKER_URL = "amqps://shop@mq.prod.example.com:5671//"
CELERY_BROKER_USE_SSL = {"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ssl/certs/mq-ca.pem"}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")

PAYMENTS_URL = "https://api.payments.example.com/v2"
PAYMENTS_CA_BUNDLE = "/etc/ssl/certs/payments-ca.pem"
