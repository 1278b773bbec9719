import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.mailprovider.example.net"


def _message(to, subject, body):
    msg = EmailMessage()
    msg["From"] = "orders@example.com"
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    return msg


def send_receipt(to, body, user, password):
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
        smtp.login(user, password)
        smtp.send_message(_message(to, "Your receipt", body))


def send_alert(to, body, user, password):
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.ehlo()
        smtp.starttls(context=context)
        smtp.login(user, password)
        smtp.send_message(_message(to, "Alert", body))


def send_digest(to, body, user, password, tls_context=None):
    smtp = smtplib.SMTP(SMTP_HOST, 587, timeout=30)
    smtp.starttls(context=tls_context)
    smtp.login(user, password)
    smtp.send_message(_message(to, "Digest", body))
    smtp.quit()


def send_secure_receipt(to, body, user, password):
    with smtplib.SMTP_SSL(SMTP_HOST, 465, context=ssl.create_default_context()) as smtp:
        smtp.login(user, password)
        smtp.send_message(_message(to, "Your receipt", body))
