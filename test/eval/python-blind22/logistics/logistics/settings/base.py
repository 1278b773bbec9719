import os

DEBUG = False
ALLOWED_HOSTS = ["dispatch.logistics.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dispatch",
        "USER": "dispatch",
        "HOST": os.environ.get("DB_HOST", "db.logistics.example"),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/rds-ca.pem"},
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.logistics.example"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "dispatch"
EMAIL_HOST_PASSWORD = os.environ.get("SMTP_PASSWORD", "")

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.logistics.example:6380/1",
        "OPTIONS": {"CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": "required"}},
    }
}
