import smtplib

from . import settings


def send_report(msg):
    server = smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30)
    server.ehlo()
    if server.has_extn("STARTTLS"):
        server.starttls(context=settings.TLS_CONTEXT)
        server.ehlo()
    server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
    server.send_message(msg)
    server.quit()


def send_alert(msg):
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=settings.TLS_CONTEXT)
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(msg)


def send_bulk(messages, tls_context=None):
    with smtplib.SMTP_SSL(settings.SMTP_HOST, 465, context=tls_context) as smtp:
        smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        for message in messages:
            smtp.send_message(message)


def send_internal(msg):
    with smtplib.SMTP("localhost", 25) as smtp:
        smtp.login("relay", settings.SMTP_PASSWORD)
        smtp.send_message(msg)
