"""Flask-Mail settings for booking confirmations."""
import os


class BaseConfig:
    MAIL_SERVER = "smtp.eu.mailgun.org"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = "bookings@mg.tripbooker.example.com"
    MAIL_PASSWORD = os.environ.get("MAILGUN_SMTP_PASSWORD")


class PartnerRelayConfig:
    MAIL_SERVER = "mail.partner-agency.example.net"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_USERNAME = "tripbooker"
    MAIL_PASSWORD = os.environ.get("PARTNER_RELAY_PASSWORD")
