import ssl
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env("DEBUG")
SECRET_KEY = env("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "billing",
]

DATABASES = {
    "default": env.db("DATABASE_URL", default="postgres://billing@localhost/billing"),
    "ledger": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "ledger-db.internal.example.com",
        "NAME": "ledger",
        "USER": "billing",
        "PASSWORD": env("LEDGER_DB_PASSWORD", default=""),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/rds-ca-2019.pem"},
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "analytics-warehouse.internal.example.com",
        "NAME": "events",
        "USER": "billing_ro",
        "PASSWORD": env("ANALYTICS_DB_PASSWORD", default=""),
        "OPTIONS": {"sslmode": "prefer", "connect_timeout": 5},
    },
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env("REDIS_URL", default="rediss://cache.internal.example.com:6380/1"),
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None, "max_connections": 50},
        },
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = env("SENDGRID_API_KEY", default="")

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="amqps://billing@mq.internal.example.com:5671//")
CELERY_BROKER_USE_SSL = {
    "ca_certs": "/etc/ssl/certs/mq-ca.pem",
    "cert_reqs": ssl.CERT_REQUIRED,
}

LEDGER_API_URL = env("LEDGER_API_URL", default="https://ledger.internal.example.com")
LEDGER_CA_BUNDLE = env("LEDGER_CA_BUNDLE", default="/etc/ssl/certs/internal-ca.pem")
PARTNER_API_KEY = env("PARTNER_API_KEY", default="")
STRIPE_VERIFY = env.bool("STRIPE_VERIFY", default=True)
