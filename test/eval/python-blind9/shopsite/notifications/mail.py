import smtplib
import ssl
from email.message import EmailMessage

from django.conf import settings


def _message(subject, recipients, body):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = "shop@example.com"
    msg["To"] = ", ".join(recipients)
    msg.set_content(body)
    return msg


def send_digest(recipients, body):
    msg = _message("Your weekly digest", recipients, body)
    with smtplib.SMTP(settings.EMAIL_HOST, settings.EMAIL_PORT, timeout=20) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        smtp.send_message(msg)


def send_invoice(recipient, pdf_bytes):
    msg = _message("Your invoice", [recipient], "Invoice attached.")
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename="invoice.pdf")
    with smtplib.SMTP_SSL(settings.EMAIL_HOST, 465, timeout=20) as smtp:
        smtp.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        smtp.send_message(msg)
