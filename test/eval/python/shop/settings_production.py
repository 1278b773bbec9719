"""Production settings: everything else comes from base.py."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
EMAIL_HOST = "smtp.eu.mailgun.org"
EMAIL_HOST_USER = os.environ["MAILGUN_USER"]
EMAIL_HOST_PASSWORD = os.environ["MAILGUN_PASSWORD"]

DATABASES["default"]["OPTIONS"] = {"sslmode": "verify-full", "sslrootcert": "/etc/ssl/rds-ca.pem"}
