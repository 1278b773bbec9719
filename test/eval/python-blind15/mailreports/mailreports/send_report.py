"""Send the nightly KPI report."""
import logging
import smtplib
import ssl
from email.message import EmailMessage

from mailreports import settings
from mailreports.tls import mail_context

log = logging.getLogger("mailreports.send")


def build_message(subject, html, recipients):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = settings.SMTP_USER
    msg["To"] = ", ".join(recipients)
    msg.set_content("This report needs an HTML-capable mail client.")
    msg.add_alternative(html, subtype="html")
    return msg


def send_submission(msg):
    """Port 587 with STARTTLS (Office 365)."""
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30) as smtp:
        smtp.ehlo()
        smtp.starttls()
        smtp.ehlo()
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)


def send_implicit_tls(msg, host="smtp.gmail.com"):
    with smtplib.SMTP_SSL(host, 465, timeout=30) as smtp:
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)


def send_verified(msg):
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=mail_context())
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)


def send_with_client_cert(msg, host="smtp-mtls.example.com"):
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL(host, 465, keyfile="/etc/mailreports/client.key", certfile="/etc/mailreports/client.crt", context=ctx) as smtp:
        smtp.send_message(msg)


def send_local(msg):
    # postfix on the box relays for us; no auth needed
    with smtplib.SMTP("localhost", 25) as smtp:
        smtp.send_message(msg)
