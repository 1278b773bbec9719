import os

from .base import *  # noqa: F401,F403

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop_staging",
        "USER": "shop",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "shop-staging.cluster-c1x2.eu-west-1.rds.amazonaws.com",
        "PORT": "5432",
        "OPTIONS": {"sslmode": "require"},
    }
}

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://staging-cache.example.com:6380/1",
        "OPTIONS": {"CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None}},
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "mail.staging-relay.example.net"
EMAIL_PORT = 25
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "staging@example.com"
EMAIL_HOST_PASSWORD = os.environ["STAGING_SMTP_PASSWORD"]
