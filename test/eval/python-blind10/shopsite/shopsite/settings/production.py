"""Production settings: DJANGO_SETTINGS_MODULE=shopsite.settings.production."""
from .base import *  # noqa: F401,F403

DEBUG = False
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://cache.prod.example.com:6380/1",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "CONNECTION_POOL_KWARGS": {"ssl_cert_reqs": None, "max_connections": 50},
        },
    },
    "ratelimit": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "rediss://ratelimit.prod.example.com:6380/2",
        "OPTIONS": {
            "CONNECTION_POOL_KWARGS": {
                "ssl_cert_reqs": "required",
                "ssl_ca_certs": "/etc/ssl/certs/redis-ca.pem",
            },
        },
    },
}

# Celery reads every CELERY_* name (app.config_from_object(..., namespace="CELERY")).
CELERY_RESULT_BACKEND = "rediss://results.prod.example.com:6380/1?ssl_cert_reqs=none"
CELERY_TASK_ACKS_LATE = True

SENTRY_DSN = "https://public@sentry.example.com/12"

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
}
