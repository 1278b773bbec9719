import datetime
import smtplib
from email.message import EmailMessage

from . import settings
from .smtp_client import relay_server, submission_server, tls_context


def build_digest(rows):
    msg = EmailMessage()
    msg["Subject"] = f"Nightly digest {datetime.date.today():%Y-%m-%d}"
    msg["From"] = settings.SMTP_USER
    msg["To"] = "ops-reports@corp.example.com"
    msg.set_content("\n".join(f"{r['name']}: {r['value']}" for r in rows))
    return msg


def send_digest(rows):
    with submission_server() as server:
        server.send_message(build_digest(rows))


def send_internal(rows):
    with relay_server() as server:
        server.send_message(build_digest(rows))


def send_via_backup_relay(rows):
    server = smtplib.SMTP("smtp-backup.corp.example.com", 587)
    server.ehlo()
    server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    server.send_message(build_digest(rows))
    server.quit()


def send_opportunistic(rows, host):
    server = smtplib.SMTP(host, 587)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=tls_context())
        server.ehlo()
    server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    server.send_message(build_digest(rows))
    server.quit()


def send_late_tls(rows):
    server = smtplib.SMTP("mx2.partner-mail.example.net", 587)
    server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    server.starttls(context=tls_context())
    server.send_message(build_digest(rows))
    server.quit()
