"""Flask-Mail settings for local development: Mailpit from docker-compose."""

MAIL_SERVER = "localhost"
MAIL_PORT = 1025
MAIL_USE_TLS = False
MAIL_USE_SSL = False
MAIL_DEFAULT_SENDER = "reports@localhost"
