"""Arrival notifications by e-mail."""
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.harbor-mail.example.com"
SMTP_USER = "notifier@harbor.example.com"


def _message(to, subject, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, subject
    msg.set_content(body)
    return msg


def send_arrival(to, vessel, password):
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as smtp:
        smtp.login(SMTP_USER, password)
        smtp.send_message(_message(to, f"{vessel} arrived", "Berth assigned."))


def send_with_client_cert(to, body, password):
    server = smtplib.SMTP_SSL(SMTP_HOST, 465, keyfile="/etc/harbor/smtp.key", certfile="/etc/harbor/smtp.crt")
    try:
        server.login(SMTP_USER, password)
        server.send_message(_message(to, "Report", body))
    finally:
        server.quit()


def send_opportunistic(to, body, password):
    server = smtplib.SMTP(SMTP_HOST, 587)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=ssl.create_default_context())
        server.ehlo()
    server.login(SMTP_USER, password)
    server.send_message(_message(to, "Digest", body))
    server.quit()


def send_submission(to, body, password):
    ctx = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, 587) as server:
        server.starttls(context=ctx)
        server.login(SMTP_USER, password)
        server.send_message(_message(to, "Manifest", body))
