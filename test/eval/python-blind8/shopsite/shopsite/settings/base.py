"""Settings shared by every deployment of the shop."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"]

DB_HOST = os.environ.get("DB_HOST", "orders-db.prod.example.com")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": DB_HOST,
        "PORT": 5432,
        "OPTIONS": {
            "sslmode": "require",
            "connect_timeout": 5,
        },
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        "USER": "analytics_ro",
        "HOST": "analytics-replica.prod.example.com",
        "OPTIONS": {"sslmode": "prefer"},
    },
    "queue": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "jobs",
        "HOST": "/var/run/postgresql",
        "OPTIONS": {"sslmode": "disable"},
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "reporting",
        "HOST": "reporting.cluster-ro.eu-west-1.rds.amazonaws.com",
        "OPTIONS": {
            "sslmode": "verify-full",
            "sslrootcert": str(BASE_DIR / "certs" / "rds-global-bundle.pem"),
        },
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.prod.example.com:6380/0",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None},
        },
    },
    "sessions": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://sessions.prod.example.com:6380/1",
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": "required", "ssl_ca_certs": "/etc/ssl/certs/ca-certificates.crt"},
        },
    },
}

# Payment provider: verify=False was only ever needed for the old sandbox.
PSP_VERIFY_TLS = True
FEED_VERIFY_TLS = os.environ.get("FEED_CA_BUNDLE", True)
