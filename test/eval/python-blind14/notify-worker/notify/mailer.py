import smtplib
from email.message import EmailMessage

from notify import settings


def send_report(to: str, subject: str, body: str, attachment: bytes | None = None) -> None:
    msg = EmailMessage()
    msg["From"] = settings.SMTP_USER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    if attachment:
        msg.add_attachment(attachment, maintype="application", subtype="pdf", filename="report.pdf")
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30) as server:
        server.ehlo()
        server.starttls(context=settings.tls_context())
        server.ehlo()
        server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        server.send_message(msg)


def send_alert(to: str, text: str) -> None:
    msg = EmailMessage()
    msg["From"] = "alerts@example.com"
    msg["To"] = to
    msg["Subject"] = "[ALERT] " + text[:60]
    msg.set_content(text)
    with smtplib.SMTP_SSL("smtp.alerts-provider.example.com", 465, timeout=10) as server:
        server.login("alerts@example.com", settings.SMTP_PASSWORD)
        server.send_message(msg)


def send_via_relay(msg: EmailMessage) -> None:
    """Hand a message to the local Postfix relay (no auth, loopback only)."""
    with smtplib.SMTP("localhost", 25) as relay:
        relay.send_message(msg)
