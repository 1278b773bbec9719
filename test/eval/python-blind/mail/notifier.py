import logging
import smtplib
import ssl
from email.message import EmailMessage
from typing import Sequence

from django.conf import settings

logger = logging.getLogger(__name__)


def _build(subject: str, body: str, to: Sequence[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = settings.DEFAULT_FROM_EMAIL
    msg["To"] = ", ".join(to)
    msg.set_content(body)
    return msg


def send_alert(subject: str, body: str, to: Sequence[str]) -> None:
    msg = _build(subject, body, to)
    with smtplib.SMTP(settings.EMAIL_HOST, 587, timeout=20) as smtp:
        smtp.ehlo()
        smtp.starttls()
        smtp.ehlo()
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        smtp.send_message(msg)
    logger.info("alert sent to %s", to)


def send_report(subject: str, body: str, to: Sequence[str]) -> None:
    msg = _build(subject, body, to)
    context = ssl.create_default_context()
    with smtplib.SMTP_SSL(settings.EMAIL_HOST, 465, context=context) as smtp:
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        smtp.send_message(msg)


def send_receipt(to: str, body: str) -> None:
    msg = _build("Your receipt", body, [to])
    smtp = smtplib.SMTP_SSL("smtp.mailgun.org", 465)
    try:
        smtp.login("postmaster@mg.example.com", settings.MAILGUN_SMTP_PASSWORD)
        smtp.send_message(msg)
    finally:
        smtp.quit()


def send_local(to: str, body: str) -> None:
    # Local MTA, no credentials.
    with smtplib.SMTP("localhost", 25) as smtp:
        smtp.send_message(_build("local", body, [to]))
