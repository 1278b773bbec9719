import smtplib
import ssl
from email.message import EmailMessage


def build(subject, body, to):
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["To"] = to
    msg.set_content(body)
    return msg


def send_report(msg, cfg):
    with smtplib.SMTP(cfg.smtp_host, 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(cfg.user, cfg.password)
        s.send_message(msg)


def send_alert(msg, host, user, password):
    s = smtplib.SMTP_SSL(host, 465)
    s.login(user, password)
    s.send_message(msg)
    s.quit()


def send_via_relay(msg, host, user, password):
    s = smtplib.SMTP(host, 587)
    s.ehlo()
    if s.has_extn("starttls"):
        s.starttls(context=ssl.create_default_context())
    s.login(user, password)
    s.send_message(msg)


def send_reconciliation(msg, host, user, password):
    s = smtplib.SMTP(host, 587)
    s.starttls()
    s.login(user, password)
    s.send_message(msg)


def send_internal(msg):
    with smtplib.SMTP("localhost", 25) as s:
        s.send_message(msg)


def send_verified_ssl(msg, host, user, password):
    with smtplib.SMTP_SSL(host, 465, context=ssl.create_default_context()) as s:
        s.login(user, password)
        s.send_message(msg)
