import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only")
DEBUG = False
ALLOWED_HOSTS = ["portal.ops.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "opsportal",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("PORTAL_DB_HOST", "portal-db.prod.example.com"),
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": os.environ.get("PORTAL_DB_PASSWORD", ""),
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/opsportal/pg-root.crt"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://portal-cache.prod.example.com:6380/0",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None},
        },
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.ops.example.com"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "portal@ops.example.com"
EMAIL_HOST_PASSWORD = os.environ.get("PORTAL_SMTP_PASSWORD", "")

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

PAGERDUTY_VERIFY = os.environ.get("PAGERDUTY_CA_BUNDLE", True)
CELERY_BROKER_URL = "amqps://portal@rabbit.prod.example.com:5671//"
