from .base import *  # noqa: F401,F403

EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_USE_SSL = True
EMAIL_PORT = 465
EMAIL_SSL_CERTFILE = None
