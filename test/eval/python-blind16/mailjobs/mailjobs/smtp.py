import contextlib
import smtplib
import ssl
from email.message import EmailMessage

from .settings import SETTINGS


@contextlib.contextmanager
def smtp_connection(host: str = SETTINGS.smtp_host, port: int = SETTINGS.smtp_port):
    ctx = ssl.create_default_context(cafile=SETTINGS.ca_file)
    with smtplib.SMTP(host, port, timeout=30) as server:
        server.starttls(context=ctx)
        server.login(SETTINGS.smtp_user, SETTINGS.smtp_password)
        yield server


def send_report(msg: EmailMessage) -> None:
    with smtp_connection() as server:
        server.send_message(msg)


def send_alert_legacy(msg: EmailMessage) -> None:
    """Alerts go through the old relay in the DC."""
    relay = smtplib.SMTP("relay.dc1.example.com", 587)
    relay.ehlo()
    relay.login(SETTINGS.smtp_user, SETTINGS.smtp_password)
    relay.send_message(msg)
    relay.quit()


def send_via_opportunistic(msg: EmailMessage) -> None:
    opp = smtplib.SMTP(SETTINGS.smtp_host, 587)
    opp.ehlo()
    if opp.has_extn("starttls"):
        opp.starttls(context=ssl.create_default_context())
        opp.ehlo()
    opp.login(SETTINGS.smtp_user, SETTINGS.smtp_password)
    opp.send_message(msg)


def send_via_starttls_default(msg: EmailMessage) -> None:
    with smtplib.SMTP(SETTINGS.smtp_host, 587) as s:
        s.starttls()
        s.login(SETTINGS.smtp_user, SETTINGS.smtp_password)
        s.send_message(msg)


def send_implicit_tls(msg: EmailMessage) -> None:
    with smtplib.SMTP_SSL(SETTINGS.smtp_host, 465, context=ssl.create_default_context()) as s:
        s.login(SETTINGS.smtp_user, SETTINGS.smtp_password)
        s.send_message(msg)


def send_local(msg: EmailMessage) -> None:
    # postfix on the box relays for us, no auth
    with smtplib.SMTP("localhost", 25) as local:
        local.send_message(msg)
