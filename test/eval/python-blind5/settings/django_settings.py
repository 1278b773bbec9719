"""Django settings for the ledger back-office."""
import os

DEBUG = False
ALLOWED_HOSTS = ["backoffice.ledger.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "backoffice-db.example.com",
        "NAME": "backoffice",
        "USER": "backoffice",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ledger/rds-ca.pem"},
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "reporting-db.example.com",
        "NAME": "reporting",
        "OPTIONS": {"sslmode": "require"},
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_HOST_USER = "postmaster@mg.ledger.example.com"
EMAIL_HOST_PASSWORD = os.environ.get("MAILGUN_PASSWORD", "")
EMAIL_USE_TLS = False

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.ledger.example.com:6380/1",
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None},
        },
    }
}
