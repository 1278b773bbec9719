import smtplib
import ssl
from email.message import EmailMessage

RELAY_HOST = "smtp.relay.example.com"


def open_smtp(host, port=587, tls_context=None, user=None, password=None):
    server = smtplib.SMTP(host, port, timeout=30)
    server.ehlo()
    server.starttls(context=tls_context)
    server.ehlo()
    if user:
        server.login(user, password)
    return server


def open_opportunistic(host, user, password):
    server = smtplib.SMTP(host, 587, timeout=30)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=ssl.create_default_context())
        server.ehlo()
    server.login(user, password)
    return server


def open_legacy(host, user, password):
    server = smtplib.SMTP(host, 25)
    server.login(user, password)
    server.starttls(context=ssl.create_default_context())
    return server


def send_report(recipients, subject, html, user, password):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = "reports@example.com"
    msg["To"] = ", ".join(recipients)
    msg.add_alternative(html, subtype="html")
    with open_smtp(RELAY_HOST, tls_context=ssl.create_default_context(), user=user, password=password) as server:
        server.send_message(msg)
