"""Local development overrides: mail goes to the MailHog container on this machine."""
from .settings import *  # noqa: F401,F403

EMAIL_HOST = "localhost"
EMAIL_PORT = 1025
EMAIL_HOST_USER = "dev"
EMAIL_HOST_PASSWORD = "dev"
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False

# The docs once suggested:  EMAIL_USE_TLS = False  on production -- do not.
