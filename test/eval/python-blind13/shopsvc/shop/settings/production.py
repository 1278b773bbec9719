from .base import *  # noqa: F401,F403
from .base import DATABASES

DATABASES["default"]["OPTIONS"] = {
    "sslmode": "verify-full",
    "sslrootcert": "/etc/ssl/certs/rds-global-bundle.pem",
}

EMAIL_HOST = "smtp.mailgun.org"
EMAIL_PORT = 587
EMAIL_USE_TLS = False
EMAIL_USE_SSL = False
EMAIL_HOST_USER = "postmaster@mg.shop.example.com"
EMAIL_HOST_PASSWORD = os.environ["MAILGUN_SMTP_PASSWORD"]  # noqa: F405
