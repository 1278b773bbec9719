import os

from .base import *  # noqa: F401,F403

ALLOWED_HOSTS = ["staging.coursehub.example.edu"]

# Staging sends through the vendor's relay directly.
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_PORT = 2525
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ["SENDGRID_API_KEY"]
