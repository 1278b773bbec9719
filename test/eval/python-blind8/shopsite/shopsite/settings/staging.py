from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["staging.shop.example.com"]

# Mailtrap inbox for QA; it speaks STARTTLS but the old Django version had trouble with it.
EMAIL_HOST = "smtp.mailtrap.io"
EMAIL_PORT = 2525
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "d4c1f07a9e"
EMAIL_HOST_PASSWORD = "9a1e5c7b2d40f3"
