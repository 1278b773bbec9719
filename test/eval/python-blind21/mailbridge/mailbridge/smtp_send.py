import functools
import os
import smtplib
import ssl
from email.message import EmailMessage

USER = os.environ.get("SMTP_USER", "alerts@corp.example.com")
PASSWORD = os.environ.get("SMTP_PASSWORD", "")


class Mailer:
    use_starttls = True

    def __init__(self, host, port, user, password):
        self.host, self.port = host, port
        self.user, self.password = user, password

    def _connect(self):
        server = smtplib.SMTP(self.host, self.port, timeout=30)
        if self.use_starttls:
            server.starttls(context=ssl.create_default_context())
        server.login(self.user, self.password)
        return server

    def send(self, msg: EmailMessage):
        with self._connect() as server:
            server.send_message(msg)


class RelayMailer(Mailer):
    use_starttls = False


def relay():
    return RelayMailer("relay.corp.example.com", 25, USER, PASSWORD)


def alerts():
    return Mailer("smtp.corp.example.com", 587, USER, PASSWORD)


def send_alert(text):
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.ehlo()
        s.login(USER, PASSWORD)
        s.starttls()
        s.sendmail(USER, ["oncall@corp.example.com"], text)


ssl_smtp = functools.partial(smtplib.SMTP_SSL, "smtp.corp.example.com", 465, timeout=20)
verified_smtp = functools.partial(
    smtplib.SMTP_SSL, "smtp.corp.example.com", 465, context=ssl.create_default_context()
)


def send_digest(text):
    with verified_smtp() as s:
        s.login(USER, PASSWORD)
        s.sendmail(USER, ["team@corp.example.com"], text)


def send_weekly(text):
    with ssl_smtp() as s:
        s.login(USER, PASSWORD)
        s.sendmail(USER, ["team@corp.example.com"], text)
