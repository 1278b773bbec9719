"""Settings for the on-prem deployment in the old data centre."""
import os

from .base import *  # noqa: F401,F403

EMAIL_HOST = "mail.billing-dc.example.com"
EMAIL_PORT = 25
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False
EMAIL_HOST_USER = "billing"
EMAIL_HOST_PASSWORD = os.environ["DC_MAIL_PASSWORD"]
