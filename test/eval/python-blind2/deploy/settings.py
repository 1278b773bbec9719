"""Django settings for the Harbor admin site."""
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["admin.harbor.example.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "harbor_admin",
        "HOST": "pg-admin.prod.harbor.example.net",
        "USER": "admin",
        "PASSWORD": os.environ["PG_PASSWORD"],
        "OPTIONS": {"sslmode": "require"},
    },
    "audit": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "audit",
        "HOST": "pg-audit.prod.harbor.example.net",
        "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/harbor/pg-ca.pem"},
    },
    "local": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "scratch",
        "HOST": "localhost",
        "OPTIONS": {"sslmode": "disable"},
    },
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.example.net"
EMAIL_PORT = 587
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ.get("SENDGRID_API_KEY", "")
EMAIL_USE_TLS = False

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.prod.harbor.example.net:6380/1",
        "OPTIONS": {"CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None}},
    }
}
