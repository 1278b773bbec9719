import logging
import os
import smtplib
import ssl
from email.message import EmailMessage

from django.conf import settings

log = logging.getLogger(__name__)


def _tls_context():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def _message(to_addrs, subject, body, html=None):
    msg = EmailMessage()
    msg["From"] = settings.DEFAULT_FROM_EMAIL
    msg["To"] = ", ".join(to_addrs)
    msg["Subject"] = subject
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    return msg


def send_receipt(to_addr, subject, body):
    msg = _message([to_addr], subject, body)
    with smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=15) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        smtp.send_message(msg)


def send_ops_alert(text):
    """Fallback used when the ESP is down: the old on-prem relay."""
    msg = _message(["ops@shop.example.com"], "[orders] alert", text)
    relay = smtplib.SMTP_SSL("relay.corp.example.com", 465, timeout=10)
    try:
        relay.login("orders-alerts", os.environ["RELAY_PASSWORD"])
        relay.send_message(msg)
    finally:
        relay.quit()


def send_digest(recipients, html):
    msg = _message(recipients, "Daily order digest", "See the HTML part.", html=html)
    server = smtplib.SMTP("smtp.office365.com", 587, timeout=30)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=ssl.create_default_context())
        server.ehlo()
    server.login(os.environ["O365_USER"], os.environ["O365_PASSWORD"])
    try:
        server.send_message(msg)
    finally:
        server.quit()
    log.info("digest sent to %d recipients", len(recipients))
