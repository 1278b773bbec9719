"""E-mail notifications for failed DAG runs."""
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.acme-corp.net"


def _message(subject, body, to):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = "scheduler@acme-corp.net"
    msg["To"] = to
    msg.set_content(body)
    return msg


def send_failure_mail(subject, body, to, password):
    ctx = ssl.create_default_context()
    server = smtplib.SMTP(SMTP_HOST, 587, timeout=20)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=ctx)
        server.ehlo()
    server.login("scheduler", password)
    server.send_message(_message(subject, body, to))
    server.quit()


def send_summary(subject, body, to, password):
    with smtplib.SMTP(SMTP_HOST, 587) as server:
        server.starttls()
        server.login("scheduler", password)
        server.send_message(_message(subject, body, to))


def send_via_submission_port(subject, body, to, password):
    with smtplib.SMTP_SSL(SMTP_HOST, 465, context=ssl.create_default_context()) as server:
        server.login("scheduler", password)
        server.send_message(_message(subject, body, to))


def send_local(subject, body, to):
    # Local MTA on the worker, no credentials.
    with smtplib.SMTP("localhost", 25) as server:
        server.send_message(_message(subject, body, to))
