import smtplib
from email.message import EmailMessage

import pytest

from notify import mailer


class FakeSMTP:
    def __init__(self, *args, **kwargs):
        self.sent = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def login(self, user, password):
        pass

    def send_message(self, msg):
        self.sent.append(msg)


def test_alert_goes_through_ssl(monkeypatch):
    monkeypatch.setattr(smtplib, "SMTP_SSL", FakeSMTP)
    mailer.send_alert("ops@example.com", "disk full")


@pytest.mark.integration
def test_mailpit_roundtrip():
    msg = EmailMessage()
    msg["From"] = "a@example.com"
    msg["To"] = "b@example.com"
    msg.set_content("hi")
    with smtplib.SMTP("localhost", 1025) as s:
        s.send_message(msg)
