import os

MAIL_SERVER = "smtp.office365.example.com"
MAIL_PORT = 587
MAIL_USE_TLS = False
MAIL_USE_SSL = False
MAIL_USERNAME = "alerts@example.com"
MAIL_PASSWORD = os.environ.get("ALERTMAIL_SMTP_PASSWORD")
MAIL_DEFAULT_SENDER = "alerts@example.com"

IMAP_HOST = "imap.example.com"
ABUSE_USER = "abuse@example.com"
ABUSE_PASSWORD = os.environ.get("ALERTMAIL_IMAP_PASSWORD")
