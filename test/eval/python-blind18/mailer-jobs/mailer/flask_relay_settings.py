import os

MAIL_SERVER = "relay.corp.example.com"
MAIL_PORT = 25
MAIL_USE_TLS = False
MAIL_USE_SSL = False
MAIL_USERNAME = "svc-reports"
MAIL_PASSWORD = os.environ["RELAY_PASSWORD"]
MAIL_DEFAULT_SENDER = "reports@corp.example.com"
