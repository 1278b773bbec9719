from .base import *  # noqa: F401,F403
from .base import DATABASES

DEBUG = False

DATABASES["default"]["OPTIONS"] = {
    "sslmode": "verify-full",
    "sslrootcert": "/etc/ssl/certs/rds-global-bundle.pem",
    "connect_timeout": 5,
}

SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
