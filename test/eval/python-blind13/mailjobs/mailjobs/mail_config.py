"""Flask-Mail settings for the report portal (loaded with app.config.from_object)."""
import os

MAIL_SERVER = "smtp.sendgrid.net"
MAIL_PORT = 587
MAIL_USE_TLS = False
MAIL_USE_SSL = False
MAIL_USERNAME = "apikey"
MAIL_PASSWORD = os.environ.get("SENDGRID_API_KEY")
MAIL_DEFAULT_SENDER = "reports@corp.example.com"
