import smtplib
import ssl

from .settings import SMTP

KEY = "/etc/reports/smtp-client.key"
CERT = "/etc/reports/smtp-client.pem"


class Mailer:
    def __init__(self, cfg=SMTP):
        self.cfg = cfg

    def _connect(self):
        return smtplib.SMTP_SSL(self.cfg["host"], self.cfg["port"], timeout=30)

    def send(self, msg):
        with self._connect() as server:
            server.login(self.cfg["user"], self.cfg["password"])
            server.send_message(msg)


def send_digest(msg, host, user, password):
    server = smtplib.SMTP(host, 587)
    server.ehlo()
    if server.has_extn("STARTTLS"):
        server.starttls(context=ssl.create_default_context())
        server.ehlo()
    server.login(user, password)
    server.send_message(msg)
    server.quit()


def send_alert(msg, password):
    with smtplib.SMTP("relay.corp.example.com", 25) as relay:
        relay.login("alerts", password)
        relay.send_message(msg)


def send_via_office365(msg, user, password):
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls()
        s.login(user, password)
        s.send_message(msg)


def send_bulk(msgs, user, password):
    s = smtplib.SMTP("smtp.mailjet.example.com", 587)
    s.login(user, password)
    s.starttls(context=ssl.create_default_context())
    for m in msgs:
        s.send_message(m)
    s.quit()


def send_signed(msg):
    with smtplib.SMTP_SSL("smtp-relay.gmail.com", 465, keyfile=KEY, certfile=CERT) as s:
        s.send_message(msg)


def send_local(msg):
    with smtplib.SMTP("localhost", 25) as s:
        s.send_message(msg)


def send_secure(msg):
    ctx = ssl.create_default_context()
    with smtplib.SMTP_SSL(SMTP["host"], 465, context=ctx) as s:
        s.login(SMTP["user"], SMTP["password"])
        s.send_message(msg)


def send_submission(msg):
    with smtplib.SMTP(SMTP["host"], 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login(SMTP["user"], SMTP["password"])
        s.send_message(msg)
