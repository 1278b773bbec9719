import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("DB_HOST", "pg-main.acme.internal"),
        "NAME": "ingest",
        "USER": "ingest",
        "PASSWORD": os.environ.get("DB_PASSWORD"),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ingest/pg-ca.pem"},
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "pg-analytics.acme.internal",
        "NAME": "analytics",
        "USER": "reader",
        "PASSWORD": os.environ.get("ANALYTICS_PASSWORD"),
        "OPTIONS": {"sslmode": "require"},
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.acme.internal:6380/1",
        "OPTIONS": {"CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None}},
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_KEY", "")

CELERY_BROKER_URL = "rediss://broker.acme.internal:6380/0"
CELERY_BROKER_USE_SSL = {"ssl_cert_reqs": "required", "ssl_ca_certs": "/etc/ingest/redis-ca.pem"}
