"""Production overrides."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False

# Transactional mail goes through the hosting partner's relay (contract until 2026).
EMAIL_HOST = "mail.relay-partner.example.net"
EMAIL_PORT = 25
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False
EMAIL_HOST_USER = "shop-notify"
EMAIL_HOST_PASSWORD = os.environ["RELAY_PASSWORD"]

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
