import smtplib
import ssl
from email.message import EmailMessage

from notify import settings


def send_digest(recipients: list[str], html: str) -> None:
    msg = EmailMessage()
    msg["From"] = settings.SMTP_USER
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = "Weekly digest"
    msg.add_alternative(html, subtype="html")
    server = smtplib.SMTP(settings.SMTP_HOST, 587, timeout=30)
    try:
        server.ehlo()
        if server.has_extn("starttls"):
            server.starttls(context=ssl.create_default_context())
            server.ehlo()
        server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        server.send_message(msg)
    finally:
        server.quit()


def send_partner_copy(msg: EmailMessage, password: str) -> None:
    server = smtplib.SMTP("mail.partner.example.org", 587)
    server.starttls()
    server.login("digest@example.com", password)
    server.send_message(msg)
    server.quit()
