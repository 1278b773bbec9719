import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS = ["billing.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "billing"),
        "USER": os.environ.get("DB_USER", "billing"),
        "HOST": os.environ.get("DB_HOST", "db.internal"),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/rds-ca.pem"},
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_KEY", "")

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.internal:6380/0",
        "OPTIONS": {"CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": "required"}},
    }
}

PAYMENT_GATEWAY = {
    "base_url": "https://api.payments.example.com/v2",
    "verify": True,
    "timeout": 20,
}
LEDGER_VERIFY_TLS = True
