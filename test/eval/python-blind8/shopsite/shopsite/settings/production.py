import os

from .base import *  # noqa: F401,F403

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True

EMAIL_HOST = "email-smtp.eu-west-1.amazonaws.com"
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_USE_TLS = False
EMAIL_HOST_USER = os.environ["SES_SMTP_USER"]
EMAIL_HOST_PASSWORD = os.environ["SES_SMTP_PASSWORD"]
