import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
SECURE_SSL_REDIRECT = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("DB_HOST", "ledger-db.internal.example.com"),
        "NAME": "ledger",
        "USER": "ledger",
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ledger/rds-ca.pem"},
    },
    "reporting": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "reporting-db.internal.example.com",
        "NAME": "ledger_reporting",
        "USER": "reporting",
        "OPTIONS": {"sslmode": "require"},
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "email-smtp.eu-west-1.amazonaws.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = os.environ.get("SES_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("SES_PASSWORD", "")

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.internal.example.com:6380/1",
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None},
        },
    },
    "sessions": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://sessions.internal.example.com:6380/2",
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": "required", "ssl_ca_certs": "/etc/ledger/redis-ca.pem"},
        },
    },
}
