import smtplib
import ssl
from email.message import EmailMessage

from django.conf import settings


def _smtp(host=None, port=None):
    return smtplib.SMTP(host or settings.EMAIL_HOST, port or settings.EMAIL_PORT, timeout=30)


def send_invoice(to, pdf_bytes):
    msg = EmailMessage()
    msg["To"] = to
    msg["From"] = "billing@example.com"
    msg["Subject"] = "Your invoice"
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename="invoice.pdf")
    with _smtp() as server:
        server.ehlo()
        if server.has_extn("starttls"):
            server.starttls(context=ssl.create_default_context())
            server.ehlo()
        server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        server.send_message(msg)


def send_dunning(to, text):
    server = _smtp()
    server.starttls(context=ssl.create_default_context())
    server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
    server.sendmail("billing@example.com", [to], text)
    server.quit()


def send_receipt_ssl(to, text):
    with smtplib.SMTP_SSL(settings.EMAIL_HOST, 465, timeout=30) as server:
        server.login(settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD)
        server.sendmail("billing@example.com", [to], text)
