import os
import ssl
import urllib.request
import xmlrpc.client

from flask import Flask
from flask_mail import Mail


class Config:
    MAIL_SERVER = "smtp.office365.com"
    MAIL_PORT = 587
    MAIL_USE_TLS = True
    MAIL_USE_SSL = False
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")


class OnPremConfig(Config):
    MAIL_SERVER = "exchange.corp.example.com"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USE_SSL = False
    MAIL_PASSWORD = os.environ.get("EXCHANGE_PASSWORD")


app = Flask(__name__)
app.config.from_object(OnPremConfig if os.environ.get("NOTIFY_SITE") == "onprem" else Config)
mail = Mail(app)


def fetch_template(name: str) -> str:
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(f"https://templates.example.com/{name}", context=ctx, timeout=10) as resp:
        return resp.read().decode()


def ticket_proxy() -> xmlrpc.client.ServerProxy:
    return xmlrpc.client.ServerProxy("https://tickets.corp.example.com/xmlrpc", context=ssl.create_default_context())
