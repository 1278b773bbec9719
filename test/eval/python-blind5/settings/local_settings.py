"""Developer overrides (docker-compose stack)."""
from settings.django_settings import *  # noqa: F401,F403

EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_HOST_PASSWORD = ""
EMAIL_USE_TLS = False
