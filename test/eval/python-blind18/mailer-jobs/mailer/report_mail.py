import smtplib
import ssl
from email.message import EmailMessage

from .config import SmtpConfig


def send_report(msg: EmailMessage, cfg: SmtpConfig) -> None:
    with smtplib.SMTP(cfg.host, cfg.port, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls()
        smtp.login(cfg.user, cfg.password)
        smtp.send_message(msg)


def send_alert(msg: EmailMessage, password: str) -> None:
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL("smtp.example.com", 465, context=ctx) as s:
        s.login("alerts@example.com", password)
        s.send_message(msg)


def send_digest(msg: EmailMessage, password: str) -> None:
    server = smtplib.SMTP("relay.example.com", 587)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=ssl.create_default_context())
        server.ehlo()
    server.login("digest@example.com", password)
    server.send_message(msg)
    server.quit()


def send_internal(msg: EmailMessage) -> None:
    with smtplib.SMTP("localhost", 25) as s:
        s.send_message(msg)


def send_billing(msg: EmailMessage, password: str) -> None:
    with smtplib.SMTP_SSL("smtp.billing-provider.example.com", 465) as s:
        s.login("billing@example.com", password)
        s.send_message(msg)


def send_partner(msg: EmailMessage, password: str) -> None:
    server = smtplib.SMTP("mail.partner.example.com", 587)
    server.login("exports@example.com", password)
    server.send_message(msg)
    server.quit()
