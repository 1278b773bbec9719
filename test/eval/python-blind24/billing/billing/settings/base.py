import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only")
DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("DB_HOST", "billing-db.prod.example.com"),
        "NAME": "billing",
        "USER": "billing",
        "PASSWORD": os.environ.get("DB_PASSWORD"),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/rds-ca.pem"},
    }
}

DATABASES["replica"] = {
    "ENGINE": "django.db.backends.postgresql",
    "HOST": "billing-db-replica.prod.example.com",
    "NAME": "billing",
    "OPTIONS": {"sslmode": "allow"},
}

DATABASES["reports"] = {
    "ENGINE": "django.db.backends.postgresql",
    "HOST": "reports-db.prod.example.com",
    "NAME": "reports",
    "OPTIONS": {"sslmode": "require"},
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://billing-cache.prod.example.com:6380/1",
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None},
        },
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY")
