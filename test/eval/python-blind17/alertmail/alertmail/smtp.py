import smtplib
import ssl
from email.message import EmailMessage

from . import config

TLS = ssl.create_default_context()


def _message(subject, body, to):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = config.MAIL_DEFAULT_SENDER
    msg["To"] = ", ".join(to)
    msg.set_content(body)
    return msg


def send_implicit_tls(subject, body, to):
    with smtplib.SMTP_SSL("smtp.example.com", 465) as server:
        server.login(config.MAIL_USERNAME, config.MAIL_PASSWORD)
        server.send_message(_message(subject, body, to))


def send_submission(subject, body, to):
    with smtplib.SMTP(config.MAIL_SERVER, config.MAIL_PORT) as server:
        server.starttls(context=TLS)
        server.login(config.MAIL_USERNAME, config.MAIL_PASSWORD)
        server.send_message(_message(subject, body, to))


def send_opportunistic(subject, body, to):
    server = smtplib.SMTP(config.MAIL_SERVER, 587, timeout=20)
    server.ehlo()
    if server.has_extn("starttls"):
        server.starttls(context=TLS)
        server.ehlo()
    server.login(config.MAIL_USERNAME, config.MAIL_PASSWORD)
    server.send_message(_message(subject, body, to))
    server.quit()


def send_via_partner(subject, body, to, password):
    server = smtplib.SMTP("mail.partner.example.net", 587)
    server.ehlo()
    server.login("alerts", password)
    server.send_message(_message(subject, body, to))
    server.quit()


def send_default_starttls(subject, body, to):
    with smtplib.SMTP("smtp.example.com", 587) as server:
        server.starttls()
        server.login(config.MAIL_USERNAME, config.MAIL_PASSWORD)
        server.send_message(_message(subject, body, to))


def send_local_relay(subject, body, to):
    with smtplib.SMTP("localhost", 25) as server:
        server.send_message(_message(subject, body, to))


def send_pinned(subject, body, to):
    with smtplib.SMTP_SSL("smtp.example.com", 465, context=TLS) as server:
        server.login(config.MAIL_USERNAME, config.MAIL_PASSWORD)
        server.send_message(_message(subject, body, to))
