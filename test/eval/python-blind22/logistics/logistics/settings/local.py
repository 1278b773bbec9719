from .base import *  # noqa: F401,F403

DEBUG = True
DATABASES["default"]["HOST"] = "localhost"
DATABASES["default"]["OPTIONS"] = {"sslmode": "disable"}

EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_USE_TLS = False

CACHES["default"]["LOCATION"] = "redis://127.0.0.1:6379/1"
CACHES["default"]["OPTIONS"] = {}
