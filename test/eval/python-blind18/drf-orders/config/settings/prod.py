from .base import *  # noqa: F401,F403
from .base import DATABASES, os

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

DATABASES["replica"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "orders",
    "USER": "orders_ro",
    "PASSWORD": os.environ.get("REPLICA_PASSWORD", ""),
    "HOST": "orders-replica.prod.example.com",
    "PORT": "5432",
    "OPTIONS": {"sslmode": "prefer"},
}

DATABASES["analytics"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "analytics",
    "USER": "orders_ro",
    "PASSWORD": os.environ.get("ANALYTICS_PASSWORD", ""),
    "HOST": "analytics-db.prod.example.com",
    "PORT": "5432",
    "OPTIONS": {"sslmode": "verify-ca", "sslrootcert": "/etc/ssl/certs/analytics-ca.pem"},
}
