import os

from .base import *  # noqa: F401,F403

EMAIL_HOST = "relay.bank-internal.example.com"
EMAIL_PORT = 25
EMAIL_USE_TLS = False
EMAIL_HOST_USER = "ledger"
EMAIL_HOST_PASSWORD = os.environ["RELAY_PASSWORD"]
