from .base import *  # noqa: F401,F403
from .base import env

DEBUG = False
ALLOWED_HOSTS = ["billing.staging.example.com"]

# Mailgun sandbox for staging: the relay on 2525 does not offer STARTTLS to us.
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 2525
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "postmaster@sandbox.mg.example.com"
EMAIL_HOST_PASSWORD = env("MAILGUN_SMTP_PASSWORD")
