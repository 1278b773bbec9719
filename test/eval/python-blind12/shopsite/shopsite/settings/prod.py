import os
import ssl

from .base import *  # noqa: F401,F403
from .base import DATABASES

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"]

DATABASES["replica"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "shop",
    "USER": "shop_ro",
    "PASSWORD": os.environ["DB_REPLICA_PASSWORD"],
    "HOST": "shop-replica.c9xk2.eu-west-1.rds.amazonaws.com",
    "PORT": "5432",
    "OPTIONS": {"sslmode": "require"},
}

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 587
EMAIL_USE_TLS = True
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ["SENDGRID_API_KEY"]

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://shop-cache.abc123.euw1.cache.amazonaws.com:6379/0",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None},
        },
    }
}

CELERY_BROKER_URL = "rediss://shop-cache.abc123.euw1.cache.amazonaws.com:6379/1"
CELERY_BROKER_USE_SSL = {
    "ssl_cert_reqs": ssl.CERT_REQUIRED,
    "ssl_ca_certs": "/etc/ssl/certs/ca-certificates.crt",
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_SSL_REDIRECT = True
