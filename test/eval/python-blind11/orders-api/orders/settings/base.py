"""Settings shared by every deployment of the orders service."""
import os
import ssl
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "orders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "orders.urls"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "orders"),
        "USER": os.environ.get("DB_USER", "orders"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.environ.get("DB_HOST", "orders-db.prod.internal.example.com"),
        "PORT": os.environ.get("DB_PORT", "5432"),
        "CONN_MAX_AGE": 60,
        "OPTIONS": {"sslmode": "require", "connect_timeout": 5},
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders_reporting",
        "USER": "reporting_ro",
        "PASSWORD": os.environ.get("REPORTING_DB_PASSWORD", ""),
        "HOST": "reporting-replica.prod.internal.example.com",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "prefer"},
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": os.environ.get("REDIS_URL", "rediss://orders-cache.prod.internal.example.com:6380/0"),
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None, "max_connections": 50},
        },
    }
}

CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "amqps://orders@mq.prod.internal.example.com:5671//")
CELERY_BROKER_USE_SSL = {
    "cert_reqs": ssl.CERT_REQUIRED,
    "ca_certs": "/etc/ssl/certs/internal-ca.pem",
}
CELERY_TASK_ACKS_LATE = True

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "smtp.sendgrid.net")
EMAIL_PORT = 587
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")
EMAIL_USE_TLS = True
DEFAULT_FROM_EMAIL = "Shop <orders@shop.example.com>"

CARDPAY_URL = os.environ.get("CARDPAY_URL", "https://api.cardpay.example")
CARDPAY_KEYS_URL = CARDPAY_URL + "/v2/webhook-keys"
CARDPAY_CA_BUNDLE = os.environ.get("CARDPAY_CA_BUNDLE", True)

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
USE_TZ = True
TIME_ZONE = "UTC"
