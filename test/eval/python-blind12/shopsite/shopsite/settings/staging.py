import os

from .prod import *  # noqa: F401,F403

ALLOWED_HOSTS = ["staging.shop.example.com"]

# Staging relays through the office Exchange box.
EMAIL_HOST = "mail.corp-office.example.net"
EMAIL_PORT = 25
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "shop-staging"
EMAIL_HOST_PASSWORD = os.environ.get("STAGING_SMTP_PASSWORD", "")
