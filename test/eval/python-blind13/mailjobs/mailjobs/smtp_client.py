import smtplib
import ssl
from contextlib import contextmanager

from . import settings


def tls_context():
    return ssl.create_default_context(cafile=settings.CA_FILE)


@contextmanager
def submission_server():
    server = smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=30)
    try:
        server.ehlo()
        server.starttls(context=tls_context())
        server.ehlo()
        server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        yield server
    finally:
        server.quit()


def implicit_tls_server(host=None):
    return smtplib.SMTP_SSL(host or settings.SMTP_HOST, 465, timeout=30)


def verified_implicit_tls_server():
    return smtplib.SMTP_SSL(settings.SMTP_HOST, 465, context=tls_context(), timeout=30)


def relay_server():
    # postfix on the same box relays to the smarthost; no auth needed
    return smtplib.SMTP("localhost", 25)


def legacy_relay(host, user, password):
    server = smtplib.SMTP(host, 587)
    server.ehlo()
    server.starttls()
    server.login(user, password)
    return server
