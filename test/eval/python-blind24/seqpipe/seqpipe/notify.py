import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.lab.example.org"


def _message(run_id, status):
    msg = EmailMessage()
    msg["Subject"] = f"Run {run_id}: {status}"
    msg["From"] = "seqpipe@lab.example.org"
    msg["To"] = "wetlab@lab.example.org"
    return msg


def notify_ssl(run_id, status, password):
    with smtplib.SMTP_SSL(SMTP_HOST, 465, timeout=30) as smtp:
        smtp.login("seqpipe", password)
        smtp.send_message(_message(run_id, status))


def notify_starttls(run_id, status, password):
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.ehlo()
        smtp.starttls()
        smtp.login("seqpipe", password)
        smtp.send_message(_message(run_id, status))


def notify_ok(run_id, status, password):
    ctx = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.login("seqpipe", password)
        smtp.send_message(_message(run_id, status))


def notify_relay(run_id, status, tls_context=None):
    with smtplib.SMTP_SSL(SMTP_HOST, 465, context=tls_context) as smtp:
        smtp.send_message(_message(run_id, status))
