import os
import ssl
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only")
DEBUG = False
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "orders",
    "notifications",
    "core",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": os.environ.get("DB_USER", "shop"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.environ.get("DB_HOST", "orders-db.prod.example.com"),
        "PORT": "5432",
        "OPTIONS": {
            "sslmode": "verify-full",
            "sslrootcert": "/etc/ssl/certs/rds-ca-2019-root.pem",
        },
    }
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "rediss://cache.prod.example.com:6380/1"),
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": "required", "ssl_ca_certs": "/etc/ssl/certs/ca-certificates.crt"},
        },
    }
}

EMAIL_BACKEND = "notifications.backends.TLSEmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "rediss://broker.prod.example.com:6380/0")
CELERY_BROKER_USE_SSL = {"ssl_cert_reqs": ssl.CERT_REQUIRED, "ssl_ca_certs": "/etc/ssl/certs/ca-certificates.crt"}

ERP_BASE_URL = "https://erp.partner.example.com/api"
ERP_CA_BUNDLE = os.environ.get("ERP_CA_BUNDLE", True)
