import os
import smtplib
from email.message import EmailMessage

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.mailprovider.example")
SMTP_USER = os.environ["SMTP_USER"]
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]


def notify(to, subject, body):
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    server = smtplib.SMTP(SMTP_HOST, 587)
    server.ehlo()
    server.login(SMTP_USER, SMTP_PASSWORD)  # expect: no-plaintext-downgrade
    server.send_message(msg)
    server.quit()


def notify_local(to, body):
    # The local postfix relays for us; nothing leaves the host unencrypted here.
    with smtplib.SMTP("localhost") as server:
        server.sendmail("app@localhost", [to], body)
