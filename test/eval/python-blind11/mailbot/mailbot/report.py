import datetime as dt
import os
import smtplib
import ssl
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape

from .config import MailConfig
from .smtp_client import send

env = Environment(loader=PackageLoader("mailbot"), autoescape=select_autoescape())


def render(rows, day=None):
    day = day or dt.date.today()
    return env.get_template("daily.html").render(rows=rows, day=day)


def build_message(cfg: MailConfig, html: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = cfg.user
    msg["To"] = ", ".join(cfg.recipients)
    msg["Subject"] = f"Daily sales {dt.date.today():%Y-%m-%d}"
    msg.set_content("Your mail client does not show HTML.")
    msg.add_alternative(html, subtype="html")
    return msg


def send_daily(cfg: MailConfig, rows) -> None:
    if os.environ.get("MAILBOT_DEBUG_TLS"):
        os.environ["SSLKEYLOGFILE"] = "/tmp/mailbot-tls-keys.log"
    send(cfg, build_message(cfg, render(rows)), ssl.create_default_context())


def send_to_partner(rows, password):
    """Partners get the same report through their own relay on 587."""
    msg = build_message(MailConfig(recipients=["reports@partner.example.net"]), render(rows))
    with smtplib.SMTP("relay.partner.example.net", 587, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls()
        smtp.login("acme-reports", password)
        smtp.send_message(msg)
