import os

from .base import *  # noqa: F401,F403
from .base import DATABASES

DEBUG = False
ALLOWED_HOSTS = ["orders.staging.example.com"]

# The staging replica is addressed by its load balancer name, which is not in
# the certificate, so only the chain is checked here.
DATABASES["default"]["OPTIONS"] = {"sslmode": "verify-ca", "sslrootcert": "/etc/ssl/certs/staging-db-ca.pem"}

EMAIL_HOST = "mail.staging.example.com"
EMAIL_PORT = 587
EMAIL_HOST_USER = "orders-staging"
EMAIL_HOST_PASSWORD = os.environ["STAGING_SMTP_PASSWORD"]
EMAIL_USE_TLS = False
