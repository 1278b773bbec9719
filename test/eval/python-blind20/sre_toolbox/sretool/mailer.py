"""Send on-call reports."""
import smtplib
import ssl
from email.message import EmailMessage

RELAY = "smtp.office365.com"


def send_report(body, user, password, to):
    msg = EmailMessage()
    msg["Subject"] = "Weekly SRE report"
    msg["From"] = user
    msg["To"] = to
    msg.set_content(body)
    with smtplib.SMTP(RELAY, 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(user, password)
        s.send_message(msg)


def send_via_legacy(body, user, password, to, keyfile=None, certfile=None):
    with smtplib.SMTP("legacy-relay.acme.internal", 25) as s:
        s.login(user, password)
        s.starttls()
        s.sendmail(user, [to], body)


def send_ssl(body, user, password, to, tls_context=None):
    with smtplib.SMTP_SSL(RELAY, 465, context=tls_context) as s:
        s.login(user, password)
        s.sendmail(user, [to], body)


def send_ssl_verified(body, user, password, to):
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL(RELAY, 465, context=ctx) as s:
        s.login(user, password)
        s.sendmail(user, [to], body)
