"""Shared HTTP plumbing for calls to partner APIs."""
import os

import requests

ENVIRONMENT = os.environ.get("ORDERS_ENV", "development")
IS_PRODUCTION = ENVIRONMENT == "production"
USER_AGENT = "orders-api/2 (+https://shop.example.com/bot)"


def build_session(user_agent=USER_AGENT):
    session = requests.Session()
    session.headers["User-Agent"] = user_agent
    session.verify = IS_PRODUCTION
    return session


def describe_session(session):
    if session.verify is False:
        return "certificate verification is OFF"
    return "verifying against %s" % ("system CAs" if session.verify is True else session.verify)
