from .base import *  # noqa: F401,F403
from .base import DATABASES

DEBUG = False

DATABASES["replica"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "coursehub",
    "USER": "reporting",
    "PASSWORD": os.environ.get("REPLICA_PASSWORD", ""),
    "HOST": "pg-replica.coursehub.example.edu",
    "OPTIONS": {"sslmode": "prefer"},
}

DATABASES["analytics"] = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "analytics",
    "HOST": "pg-analytics.coursehub.example.edu",
    "OPTIONS": {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/certs/coursehub-db-ca.pem"},
}
