"""Flask-Mail settings for production."""
import os

MAIL_SERVER = "smtp.sendgrid.net"
MAIL_PORT = 465
MAIL_USE_TLS = False
MAIL_USE_SSL = True
MAIL_USERNAME = "apikey"
MAIL_PASSWORD = os.environ.get("SENDGRID_API_KEY")
